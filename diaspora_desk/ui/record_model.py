"""A small table held whole in memory: frozen records, one display function per column.

For lists that are bounded by nature (a plan's proposals, a day's slots, an aggregate's rows);
long lists page from SQL through `paged_model.PagedTableModel` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen records with one ``display`` function per column."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[R], str]]],
        *,
        numeric: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._numeric = frozenset(numeric)
        self._rows: list[R] = []

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.extra(item, role) or self._columns[index.column()][1](item)
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return RIGHT
        return self.extra(item, role)

    def extra(self, item: R, role: int) -> Any:
        return None
