"""The audit viewer: the trail filtered by officer, action, record and period, paged from SQL,
and its CSV export (itself audited)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, message_of
from diaspora_desk.domain.records import AuditRecord
from diaspora_desk.domain.status_labels import audit_action_label
from diaspora_desk.services.common.audit_trail import AuditTrail
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.paged_model import PagedTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def _label(action: str) -> str:
    return QCoreApplication.translate("labels", audit_action_label(action))


class AuditTableModel(PagedTableModel[AuditQuery, AuditRecord]):
    """Audit events, newest first, paged in SQL; ``ROW_ROLE`` gives the `AuditRecord`."""

    WHEN, OFFICER, ACTION, RECORD, DETAILS = range(5)

    def __init__(self, trail: AuditTrail) -> None:
        super().__init__(
            trail.count,
            trail.page,
            AuditQuery(),
            (tr("When (UTC)"), tr("Officer"), tr("Action"), tr("Record"), tr("Details")),
            (None, None, None, None, None),
        )

    def display(self, item: AuditRecord, column: int) -> str:
        values = (
            item.at.isoformat(sep=" ", timespec="seconds"),
            item.officer,
            _label(item.action),
            f"{item.entity_type} {item.entity_id}",
            item.after or item.before or "",
        )
        return values[column] if 0 <= column < len(values) else ""


def _date(edit: DateInput) -> dt.date | None:
    try:
        return edit.date
    except ValueError as exc:
        raise KnownError(str(exc)) from None


class AuditPage(QWidget):
    """Filters above the events table; Export writes what the filters show to CSV."""

    def __init__(self, trail: AuditTrail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trail = trail
        self.officer_combo = QComboBox()
        self.officer_combo.addItem(tr("Any officer"), "")
        for name in trail.officers():
            self.officer_combo.addItem(name, name)
        self.action_combo = QComboBox()
        self.action_combo.addItem(tr("Any action"), "")
        for action in AuditAction:
            self.action_combo.addItem(_label(action.value), action.value)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(tr("e.g. person or person 12"))
        self.from_edit, self.to_edit = DateInput(tr("From")), DateInput(tr("To"))
        filters = QFormLayout()
        filters.addRow(tr("Officer"), self.officer_combo)
        filters.addRow(tr("Action"), self.action_combo)
        filters.addRow(tr("Record"), self.record_edit)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.to_edit)
        filters.addRow(tr("Period"), period)
        self.apply_button = QPushButton(tr("&Show"))
        self.export_button = QPushButton(tr("&Export to CSV…"))
        self.export_button.setProperty("grant", "export_audit")  # hidden from roles without it
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        self.model = AuditTableModel(trail)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            AuditTableModel.DETAILS, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        for edit in (self.record_edit, self.from_edit, self.to_edit):
            edit.returnPressed.connect(self._on_apply_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.refresh()

    def query(self) -> AuditQuery:
        """The filters as a query (a KnownError naming the field when a date cannot be read)."""
        kind, _space, record_id = self.record_edit.text().strip().partition(" ")
        return AuditQuery(
            officer=str(self.officer_combo.currentData()),
            action=str(self.action_combo.currentData()),
            entity_type=kind,
            entity_id=record_id.strip(),
            start=_date(self.from_edit),
            end=_date(self.to_edit),
        ).checked()

    def refresh(self) -> None:
        try:
            self.model.set_query(self.query())
        except KnownError as exc:
            self.count_label.setText(translated(message_of(exc)))
            return
        self.count_label.setText(tr("{n} events").format(n=self.model.rowCount()))

    def _on_apply_clicked(self) -> None:
        self.refresh()

    def export_to(self, path: Path) -> int:
        """Write the events the filters select to ``path`` (the export is audited); rows written."""
        written = self._trail.export_csv(self.query(), path)
        self.count_label.setText(tr("{n} events written to {path}").format(n=written, path=path))
        self.model.refresh()
        return written

    def _on_export_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Export the audit trail"), "audit-trail.csv", tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        try:
            self.export_to(Path(chosen))
        except Exception as exc:
            show_error(self, exc, "audit export")
