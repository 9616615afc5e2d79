"""A person's memberships: associations chosen by name, each with a role."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.ui.people.person_picker import AssociationPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class MembershipsEditor(QWidget):
    """The associations a person belongs to; :attr:`items` are the memberships shown."""

    def __init__(
        self, find: Callable[[str], Sequence[MembershipItem]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("membershipsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Association"), self.tr("Role (double-click to change)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.picker = AssociationPicker(find, self.tr("Type part of an association's name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.note = QLabel()
        self.note.setStyleSheet("color: #a33;")
        adding = QHBoxLayout()
        adding.addWidget(self.picker, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(adding)
        layout.addWidget(self.note)

    def add(self, item: MembershipItem) -> None:
        """Show one more membership (an association already listed is not added twice)."""
        if item.association_id in {m.association_id for m in self.items}:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(
            item.association_name or self.tr("Association {id}").format(id=item.association_id)
        )
        name.setData(ID_ROLE, item.association_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setToolTip(name.text())
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(item.role))

    @property
    def items(self) -> tuple[MembershipItem, ...]:
        result = []
        for row in range(self.table.rowCount()):
            name, role = self.table.item(row, 0), self.table.item(row, 1)
            if name is None:
                continue
            role_text = role.text().strip() if role is not None else ""
            result.append(MembershipItem(int(name.data(ID_ROLE)), role_text or "member", None, name.text()))
        return tuple(result)

    @items.setter
    def items(self, values: Sequence[MembershipItem]) -> None:
        self.table.setRowCount(0)
        for value in values:
            self.add(value)

    def _on_add_clicked(self) -> None:
        chosen = self.picker.chosen_id
        if chosen is None:
            self.note.setText(self.tr("Choose an association from the list that opens as you type."))
            return
        self.note.clear()
        self.add(MembershipItem(chosen, "member", None, self.picker.text()))
        self.picker.set_choice(None)

    def _on_remove_clicked(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
