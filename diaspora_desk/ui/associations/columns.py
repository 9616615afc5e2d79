"""The associations list's columns: headers, starting widths and the text of each cell.

Shared by the list's model and the start-up preview. Nothing here names the ``Qt`` namespace:
the first use of ``PySide6.QtCore.Qt`` builds its ~90 enum types (~15 ms), which the preview's
first rows do not need (tests/ui/associations/test_preview.py checks it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from diaspora_desk.domain.association_row import AssociationRow
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS
from diaspora_desk.i18n.formats import country_name, format_number

NAME, ACRONYM, TYPE, CITY, COUNTRY, MEMBERS, REGISTERED, LAST_CONTACT = range(8)
# Starting widths: together they fit a 1366-pixel window beside the log.
WIDTHS = (300, 80, 150, 110, 100, 70, 75, 90)
# Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, for the member counts
# (tests/ui/associations/test_columns.py checks the value against Qt's).
RIGHT_ALIGNED = 0x0002 | 0x0080


def tr(text: str) -> str:
    return QCoreApplication.translate("AssociationTableModel", text)


def headers() -> tuple[str, ...]:
    """The column titles in the officer's language."""
    return (
        tr("Name"),
        tr("Acronym"),
        tr("Type"),
        tr("City"),
        tr("Country"),
        tr("Members"),
        tr("Registered"),
        tr("Last contact"),
    )


def cell_text(item: AssociationRow, column: int) -> str:
    """What the list shows in ``column`` for ``item``."""
    if column == NAME:
        return item.name + (tr(" (archived)") if item.archived else "")
    if column == ACRONYM:
        return item.acronym
    if column == TYPE:
        return QCoreApplication.translate("labels", ASSOCIATION_TYPE_LABELS[item.type])
    if column == CITY:
        return item.city
    if column == COUNTRY:
        return country_name(item.country)
    if column == MEMBERS:
        return "" if item.members_estimate is None else format_number(item.members_estimate)
    if column == REGISTERED:
        return tr("Yes") if item.registered else tr("No")
    if column == LAST_CONTACT:
        return item.last_contact.isoformat() if item.last_contact else ""
    return ""
