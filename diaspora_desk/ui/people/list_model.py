"""Table model of people, paged from SQL (never shows the legal status)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.people_records import PersonRow
from diaspora_desk.domain.queries import PeopleQuery, PeopleSort
from diaspora_desk.i18n.formats import country_name
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.ui.paged_model import PagedTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleTableModel", text)


class PeopleTableModel(PagedTableModel[PeopleQuery, PersonRow]):
    NAME, BIRTH_YEAR, CITY, COUNTRY, OCCUPATION, ISCED, PHONE, EMAIL, SHARING = range(9)

    def __init__(self, service: PeopleService) -> None:
        super().__init__(
            service.count,
            service.page,
            PeopleQuery(),
            (
                tr("Name"),
                tr("Born"),
                tr("City"),
                tr("Country"),
                tr("Occupation"),
                tr("ISCED"),
                tr("Phone"),
                tr("E-mail"),
                tr("Sharing"),
            ),
            (
                PeopleSort.NAME,
                PeopleSort.BIRTH_YEAR,
                PeopleSort.CITY,
                PeopleSort.COUNTRY,
                None,
                None,
                None,
                None,
                None,
            ),
            first_page=service.first_page,
        )

    def display(self, item: PersonRow, column: int) -> str:
        values = {
            self.NAME: item.name,
            self.BIRTH_YEAR: "" if item.birth_year is None else str(item.birth_year),
            self.CITY: item.city,
            self.COUNTRY: country_name(item.country),
            self.OCCUPATION: item.occupation,
            self.ISCED: "" if item.isced_level is None else str(item.isced_level),
            self.PHONE: format_phone(item.phone) if item.phone else "",
            self.EMAIL: item.email,
            self.SHARING: tr("Yes") if item.sharing_consent else tr("No"),
        }
        return values.get(column, "")

    def extra(self, item: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BIRTH_YEAR, self.ISCED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
