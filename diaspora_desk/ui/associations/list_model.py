"""Table model of associations, paged from SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from diaspora_desk.domain.association_query import AssociationQuery, AssociationSort
from diaspora_desk.domain.association_row import AssociationRow
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.associations import columns
from diaspora_desk.ui.paged_model import PagedTableModel

if TYPE_CHECKING:
    from diaspora_desk.domain.association_query import AssociationQuery as Query


class AssociationSource(Protocol):
    """What the list reads: the associations registry (a fake in tests)."""

    def count(self, query: Query) -> int: ...

    def page(self, query: Query, offset: int, limit: int) -> list[AssociationRow]: ...


PAGE_SIZE = paged_model.PAGE_SIZE  # rows fetched per query; tests make it smaller


class AssociationTableModel(PagedTableModel[AssociationQuery, AssociationRow]):
    """Rows of :class:`AssociationRow`; ``ROW_ROLE`` returns the dataclass."""

    NAME, ACRONYM, TYPE, CITY = columns.NAME, columns.ACRONYM, columns.TYPE, columns.CITY
    COUNTRY, MEMBERS, REGISTERED = columns.COUNTRY, columns.MEMBERS, columns.REGISTERED
    LAST_CONTACT = columns.LAST_CONTACT
    WIDTHS = columns.WIDTHS

    def __init__(self, service: AssociationSource) -> None:
        super().__init__(
            service.count,
            service.page,
            AssociationQuery(),
            columns.headers(),
            (
                AssociationSort.NAME,
                AssociationSort.ACRONYM,
                AssociationSort.TYPE,
                AssociationSort.CITY,
                AssociationSort.COUNTRY,
                AssociationSort.MEMBERS,
                AssociationSort.REGISTERED,
                AssociationSort.LAST_CONTACT,
            ),
        )

    def page_size(self) -> int:
        return PAGE_SIZE

    def display(self, item: AssociationRow, column: int) -> str:
        return columns.cell_text(item, column)

    def extra(self, item: AssociationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return columns.RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QColor("#888888")
        return None
