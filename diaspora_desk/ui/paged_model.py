"""A table model that pages rows from SQL through a service; sorting and filtering are in SQL."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Q = TypeVar("Q")
R = TypeVar("R")
PAGE_SIZE = 200
MAX_PAGES = 40
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[Q, R]):
    """Holds only the pages in view. Subclasses give headers, sort keys and ``display``.

    ``ROW_ROLE`` returns the row's dataclass. The query is a frozen dataclass with ``sort``
    and ``descending`` fields; ``sort()`` replaces them and reloads from SQL.
    """

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        count: Callable[[Q], int],
        page: Callable[[Q, int, int], list[R]],
        query: Q,
        headers: Sequence[str],
        sort_keys: Sequence[object],
        first_page: Callable[[Q, int], tuple[int, list[R]]] | None = None,
    ) -> None:
        """``first_page``, when given, reads the count and the first page together on each new
        query (one read instead of two; for a name search, one full-text evaluation)."""
        super().__init__()
        self._count_rows = count
        self._fetch = page
        self._first_page = first_page
        self._query = query
        self._headers = tuple(headers)
        self._sort_keys = tuple(sort_keys)
        self._count = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()

    @property
    def query(self) -> Q:
        return self._query

    def page_size(self) -> int:
        return PAGE_SIZE

    def set_query(self, query: Q) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        if self._first_page is None:
            self._count = self._count_rows(query)
        else:
            self._count, self._pages[0] = self._first_page(query, self.page_size())
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role in shown and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def row_at(self, row: int) -> R | None:
        if not 0 <= row < self._count:
            return None
        size = self.page_size()
        number = row // size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(self._query, number * size, size)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * size
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        value = self.extra(item, index.column(), role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            # A cell too narrow for its text is elided; the tooltip shows it whole.
            return self.display(item, index.column()) or None
        return value

    def display(self, item: R, column: int) -> str:
        raise NotImplementedError

    def extra(self, item: R, column: int, role: int) -> Any:
        """Other roles (alignment, colour, tooltip); none by default."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._sort_keys) and self._sort_keys[column] is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(
                dataclasses.replace(self._query, sort=self._sort_keys[column], descending=descending)  # type: ignore[type-var]
            )

    def row_of(self, item_id: int) -> int | None:
        """Row of the item with this ``id`` among the pages already loaded."""
        size = self.page_size()
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if getattr(item, "id", None) == item_id:
                    return number * size + offset
        return None
