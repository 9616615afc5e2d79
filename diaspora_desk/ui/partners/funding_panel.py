"""A project's funding by source (pledged and received), with its total and the matching rule
checked as the officer types."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from diaspora_desk.domain.errors import message_of
from diaspora_desk.domain.funding import (
    FUNDING_SOURCE_LABELS,
    FundingSource,
    MatchingRule,
    check_matching,
    format_amount,
    parse_amount,
)
from diaspora_desk.domain.projects import FundingLine
from diaspora_desk.ui.errors import translated

SOURCES = tuple(FundingSource)
PLEDGED, RECEIVED = 0, 1


class FundingPanel(QWidget):
    """Signals: ``changed()`` after any amount changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(len(SOURCES), 2)
        self.table.setObjectName("fundingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Pledged"), self.tr("Received")])
        self.table.setVerticalHeaderLabels([self.tr(FUNDING_SOURCE_LABELS[s]) for s in SOURCES])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row in range(len(SOURCES)):
            for column in (PLEDGED, RECEIVED):
                self.table.setItem(row, column, QTableWidgetItem(""))
        self.summary = QLabel()
        self.summary.setObjectName("fundingSummary")
        self.summary.setWordWrap(True)
        self._rule = ""
        self._currency = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.table.itemChanged.connect(self._on_item_changed)
        self.refresh()

    def set_cell(self, source: FundingSource, column: int, text: str) -> None:
        item = self.table.item(SOURCES.index(source), column)
        if item is not None:
            item.setText(text)

    @property
    def funding(self) -> tuple[FundingLine, ...]:
        """The lines with an amount; raises ValueError naming the first amount that is not one."""
        lines = []
        for row, source in enumerate(SOURCES):
            texts = [self._text(row, column) for column in (PLEDGED, RECEIVED)]
            if not any(texts):
                continue
            pledged, received = (parse_amount(t) if t else Decimal("0.00") for t in texts)
            lines.append(FundingLine(source, pledged, received))
        return tuple(lines)

    @funding.setter
    def funding(self, lines: Sequence[FundingLine]) -> None:
        self.table.blockSignals(True)
        by_source = {line.source: line for line in lines}
        for row, source in enumerate(SOURCES):
            line = by_source.get(source)
            for column, value in (
                (PLEDGED, line.pledged if line else None),
                (RECEIVED, line.received if line else None),
            ):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText("" if value is None else str(value))
        self.table.blockSignals(False)
        self.refresh()

    def set_rule(self, rule: str, currency: str) -> None:
        self._rule, self._currency = rule.strip(), currency.strip().upper()
        self.refresh()

    def refresh(self) -> None:
        """Say the totals and whether the pledges follow the rule (or why it cannot be told)."""
        try:
            lines = self.funding
        except ValueError as exc:
            self.summary.setText(translated(message_of(exc)))
            return
        pledged = sum((f.pledged for f in lines), Decimal("0.00"))
        received = sum((f.received for f in lines), Decimal("0.00"))
        text = self.tr("Total pledged {pledged}, received {received}.").format(
            pledged=format_amount(pledged, self._currency), received=format_amount(received, self._currency)
        )
        if self._rule:
            try:
                check = check_matching(MatchingRule.parse(self._rule), {f.source: f.pledged for f in lines})
            except ValueError as exc:
                text += " " + translated(message_of(exc))
            else:
                verdict = self.tr("Rule {rule} met.") if check.met else self.tr("Rule {rule} not met.")
                text += " " + verdict.format(rule=check.rule.text)
        self.summary.setText(text)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self.refresh()
        self.changed.emit()
