"""Table model that pages association rows from SQL; sorting and filtering happen in SQL."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS
from diaspora_desk.domain.queries import AssociationQuery, AssociationSort
from diaspora_desk.domain.records import AssociationRow
from diaspora_desk.services.associations import AssociationService

PAGE_SIZE = 200
MAX_PAGES = 40
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("AssociationTableModel", text)


class AssociationTableModel(QAbstractTableModel):
    """Rows of :class:`AssociationRow`, fetched a page at a time from the service.

    ``ROW_ROLE`` returns the row's dataclass. Only the pages in view are held in memory.
    """

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    NAME, ACRONYM, TYPE, CITY, COUNTRY, MEMBERS, REGISTERED, LAST_CONTACT = range(8)
    _SORT_KEYS = (
        AssociationSort.NAME,
        AssociationSort.ACRONYM,
        AssociationSort.TYPE,
        AssociationSort.CITY,
        AssociationSort.COUNTRY,
        AssociationSort.MEMBERS,
        AssociationSort.REGISTERED,
        AssociationSort.LAST_CONTACT,
    )

    def __init__(self, service: AssociationService) -> None:
        super().__init__()
        self._service = service
        self._query = AssociationQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[AssociationRow]] = OrderedDict()
        self._headers = (
            tr("Name"),
            tr("Acronym"),
            tr("Type"),
            tr("City"),
            tr("Country"),
            tr("Members"),
            tr("Registered"),
            tr("Last contact"),
        )

    @property
    def query(self) -> AssociationQuery:
        return self._query

    def set_query(self, query: AssociationQuery) -> None:
        """Apply search text, filters and sort; the count and first page come from SQL."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = self._service.count(query)
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
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def row_at(self, row: int) -> AssociationRow | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._service.page(self._query, page_number * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == self.ROW_ROLE:
            return item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COUNTRY:
            return item.country
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None

    def _display(self, item: AssociationRow, column: int) -> str:
        if column == self.NAME:
            return item.name + (tr(" (archived)") if item.archived else "")
        if column == self.ACRONYM:
            return item.acronym
        if column == self.TYPE:
            return QCoreApplication.translate("labels", ASSOCIATION_TYPE_LABELS[item.type])
        if column == self.CITY:
            return item.city
        if column == self.COUNTRY:
            return country_name(item.country)
        if column == self.MEMBERS:
            return "" if item.members_estimate is None else f"{item.members_estimate:,}"
        if column == self.REGISTERED:
            return tr("Yes") if item.registered else tr("No")
        if column == self.LAST_CONTACT:
            return item.last_contact.isoformat() if item.last_contact else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._SORT_KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(
                dataclasses.replace(self._query, sort=self._SORT_KEYS[column], descending=descending)
            )

    def row_of(self, association_id: int) -> int | None:
        """Row of an association among the pages already loaded (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == association_id:
                    return number * PAGE_SIZE + offset
        return None
