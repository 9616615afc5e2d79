"""Table model of associations, paged from SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from diaspora_desk.domain.association_query import AssociationQuery, AssociationSort
from diaspora_desk.domain.association_row import AssociationRow
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS
from diaspora_desk.i18n.formats import country_name, format_number
from diaspora_desk.ui import paged_model
from diaspora_desk.ui.paged_model import PagedTableModel

if TYPE_CHECKING:
    from diaspora_desk.domain.association_query import AssociationQuery as Query


class AssociationSource(Protocol):
    """What the list reads: the registry, or the first page read at start-up (services.associations.rows)."""

    def count(self, query: Query) -> int: ...

    def page(self, query: Query, offset: int, limit: int) -> list[AssociationRow]: ...


PAGE_SIZE = paged_model.PAGE_SIZE  # rows fetched per query; tests make it smaller


def tr(text: str) -> str:
    return QCoreApplication.translate("AssociationTableModel", text)


class AssociationTableModel(PagedTableModel[AssociationQuery, AssociationRow]):
    """Rows of :class:`AssociationRow`; ``ROW_ROLE`` returns the dataclass."""

    NAME, ACRONYM, TYPE, CITY, COUNTRY, MEMBERS, REGISTERED, LAST_CONTACT = range(8)
    # Starting widths: together they fit a 1366-pixel window beside the log.
    WIDTHS = (300, 80, 150, 110, 100, 70, 75, 90)

    def __init__(self, service: AssociationSource) -> None:
        super().__init__(
            service.count,
            service.page,
            AssociationQuery(),
            (
                tr("Name"),
                tr("Acronym"),
                tr("Type"),
                tr("City"),
                tr("Country"),
                tr("Members"),
                tr("Registered"),
                tr("Last contact"),
            ),
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
            return "" if item.members_estimate is None else format_number(item.members_estimate)
        if column == self.REGISTERED:
            return tr("Yes") if item.registered else tr("No")
        if column == self.LAST_CONTACT:
            return item.last_contact.isoformat() if item.last_contact else ""
        return ""

    def extra(self, item: AssociationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QColor("#888888")
        return None
