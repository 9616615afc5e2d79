"""Poll replies waiting for an officer: whose number is it, what does the text answer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.campaigns.polls import PollService, ReviewItem
from diaspora_desk.ui.campaigns.models import ReviewTableModel
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.fit_columns import FitColumns


class ReviewPage(QWidget):
    """The review queue of one campaign. Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(self, polls: PollService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._polls = polls
        self.model = ReviewTableModel(polls)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((140, 400, 140, 200, 80)):
            self.table.setColumnWidth(column, width)
        self.fit_columns = FitColumns(self.table, (ReviewTableModel.TEXT, ReviewTableModel.STATUS))
        self.person_spin = QSpinBox()
        self.person_spin.setRange(0, 2_000_000_000)
        self.person_spin.setSpecialValueText(self.tr("(as matched)"))
        self.answers_edit = QLineEdit()
        self.answers_edit.setPlaceholderText(self.tr("answer codes, one per question: 1 2"))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Person id")))
        bar.addWidget(self.person_spin)
        bar.addWidget(QLabel(self.tr("Answers")))
        bar.addWidget(self.answers_edit, 1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No reply waiting for review.<br>Imported poll replies that could not be matched to "
                "a person or read as answers come here (import them with "
                "<code>diaspora-desk import replies</code>)."
            ),
        )
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.model.set_campaign(campaign_id)
        self.summary.setText(self.tr("{n} replies to review").format(n=self.model.rowCount()))

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def current(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_assign_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        codes = tuple(c for c in self.answers_edit.text().replace(",", " ").split())
        try:
            status = self._polls.assign(
                item.id,
                person_id=self.person_spin.value() or None,
                answers=tuple(c or None for c in codes) if codes else None,
            )
        except KnownError as exc:
            show_error(self, exc, "assigning a reply")
            return
        self.status.emit(self.tr("Reply {id}: {status}").format(id=item.id, status=status))
        self.answers_edit.clear()
        self.person_spin.setValue(0)
        self.model.refresh()
        self.summary.setText(self.tr("{n} replies to review").format(n=self.model.rowCount()))

    def _on_dismiss_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        self._polls.dismiss(item.id)
        self.model.refresh()
        self.summary.setText(self.tr("{n} replies to review").format(n=self.model.rowCount()))
