"""A tree of the practices catalogue with check boxes, for tagging an activity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from diaspora_desk.domain.records import PracticeNode


class PracticePicker(QTreeWidget):
    """Checkable practices; ``checked`` lists the ids ticked, in catalogue order."""

    def __init__(self, roots: Sequence[PracticeNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Practice"), self.tr("Id")])
        self.setColumnWidth(0, 380)
        self._items: dict[str, QTreeWidgetItem] = {}
        for root in roots:
            self._add(root, self.invisibleRootItem())
        self.collapseAll()

    def _add(self, node: PracticeNode, parent: QTreeWidgetItem) -> None:
        item = QTreeWidgetItem(parent, [node.title, node.id])
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        item.setToolTip(0, f"{node.description}\n{node.source_reference}")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self._items[node.id] = item
        for child in node.children:
            self._add(child, item)

    @property
    def checked(self) -> tuple[str, ...]:
        return tuple(pid for pid, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked)

    @checked.setter
    def checked(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for pid, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if pid in wanted else Qt.CheckState.Unchecked)
            if pid in wanted:
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
