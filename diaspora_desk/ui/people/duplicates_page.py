"""Probable duplicates held back by imports, and merging two people."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.merge import ReviewItem
from diaspora_desk.ui.errors import show_error


class DuplicatesPage(QWidget):
    """Signals: ``status(str)``, ``people_changed()``."""

    status = Signal(str)
    people_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self._services = services
        self._items: list[ReviewItem] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File, row"),
                self.tr("Imported as"),
                self.tr("Probably"),
                self.tr("Person id"),
                self.tr("Why"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.same_button = QPushButton(self.tr("Same person: close"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.same_button.clicked.connect(lambda: self.resolve_selected("same"))
        self.dismiss_button.clicked.connect(lambda: self.resolve_selected("dismissed"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 2_000_000_000)
        self.other_spin = QSpinBox()
        self.other_spin.setRange(1, 2_000_000_000)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(lambda: self.merge(confirm=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(QLabel(self.tr("Merge person")))
        merge.addWidget(self.other_spin)
        merge.addWidget(QLabel(self.tr("into person")))
        merge.addWidget(self.keep_spin)
        merge.addWidget(self.merge_button)
        merge.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Rows that imports held back because they probably describe someone "
                    "already registered. Nothing here was created."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Merge two records of the same person</b>: memberships, consents, "
                    "skills and history move to the kept record; the other stays, "
                    "marked as merged."
                )
            )
        )
        layout.addLayout(merge)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.reload()

    def reload(self) -> None:
        self._items = self._services.people.duplicates.pending()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            cells = item.cells
            name = f"{cells.get('given_name', '')} {cells.get('family_name', '')}".strip()
            for column, value in enumerate(
                (
                    f"{item.source}, {item.row_number}",
                    name,
                    item.candidate_name,
                    str(item.candidate_id),
                    item.reason,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.keep_spin.setValue(self._items[rows[0].row()].candidate_id)

    def resolve_selected(self, decision: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._services.people.duplicates.resolve(self._items[rows[0].row()].id, decision)
        except Exception as exc:
            show_error(self, exc, "resolve duplicate")
            return
        self.reload()

    def merge(self, *, confirm: bool) -> None:
        keep, other = self.keep_spin.value(), self.other_spin.value()
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Merge"),
                self.tr("Merge person {other} into person {keep}?").format(other=other, keep=keep),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            record = self._services.people.duplicates.merge(keep, other)
        except Exception as exc:
            show_error(self, exc, "merge people")
            return
        self.reload()
        self.people_changed.emit()
        self.status.emit(self.tr("Merged {other} into {name}").format(other=other, name=record.display_name))
