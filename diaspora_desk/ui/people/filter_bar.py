"""The People list's search box and filters, and the query they make."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit

from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import ISCED_LEVELS
from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.i18n.formats import all_languages
from diaspora_desk.ui.code_picker import CodePicker
from diaspora_desk.ui.empty_hint import clear_link
from diaspora_desk.ui.people.person_dialog import consent_label
from diaspora_desk.ui.people.person_picker import AssociationPicker
from diaspora_desk.ui.widgets import CountryCombo


def tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


def filter_edit(placeholder: str, width: int, *, max_length: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedWidth(width)
    if max_length is not None:
        edit.setMaxLength(max_length)
    return edit


class PeopleFilters:
    """The widgets of the search and the filters (the page lays them out), and their query.

    A language or an occupation group is taken by name or by code; one that matches nothing is
    named in :attr:`filter_note` and left out of the query, so the list never shows nobody
    because of a typo.
    """

    def __init__(
        self, isco_groups: dict[str, str], find_associations: Callable[[str], Sequence[MembershipItem]]
    ) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(tr("Name (any order), phone or e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.country_filter = CountryCombo(allow_empty=True, empty_text=tr("All countries"))
        self.city_filter = filter_edit(tr("City"), 120)
        self.isco_filter = CodePicker(sorted(isco_groups.items()), tr("Occupation group"))
        self.isco_filter.setFixedWidth(170)
        self.isced_filter = QComboBox()
        self.isced_filter.addItem(tr("Any education"), None)
        for level, label in ISCED_LEVELS.items():
            self.isced_filter.addItem(tr("ISCED {n}+ ({label})").format(n=level, label=tr(label)), level)
        self.language_filter = CodePicker(all_languages(), tr("Language"))
        self.language_filter.setFixedWidth(130)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("peopleFilterNote")
        self.filter_note.setStyleSheet("color: #a33;")
        self.filter_note.setVisible(False)
        self.archive_filter = QComboBox()
        self.archive_filter.setObjectName("peopleArchiveFilter")
        for label, value in (
            (tr("Current"), ArchiveFilter.ACTIVE),
            (tr("Archived"), ArchiveFilter.ARCHIVED),
            (tr("Current and archived"), ArchiveFilter.ALL),
        ):
            self.archive_filter.addItem(label, value.value)
        self.consent_filter = QComboBox()
        self.consent_filter.addItem(tr("Any consent"), None)
        for purpose in ConsentPurpose:
            self.consent_filter.addItem(consent_label(purpose), purpose.value)
        self.available_check = QCheckBox(tr("Available on"))
        self.available_date = QDateEdit(QDate.currentDate())
        self.available_date.setCalendarPopup(True)
        self.available_date.setDisplayFormat("yyyy-MM-dd")
        self.association_filter = AssociationPicker(find_associations, tr("Association"))
        self.association_filter.setObjectName("peopleAssociationFilter")
        self.association_filter.setFixedWidth(150)
        self.count_label = QLabel()
        for combo in (self.country_filter, self.isced_filter, self.consent_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

    def connect(self, typed: Callable[[], None], chosen: Callable[[], None]) -> None:
        """Typing calls ``typed`` (the page waits for a pause); a choice calls ``chosen`` at once."""
        for edit in (
            self.search_edit,
            self.city_filter,
            self.isco_filter,
            self.language_filter,
            self.association_filter,
        ):
            edit.textChanged.connect(typed)
        for combo in (self.country_filter, self.isced_filter, self.consent_filter, self.archive_filter):
            combo.currentIndexChanged.connect(chosen)
        self.available_check.toggled.connect(chosen)
        self.available_date.dateChanged.connect(chosen)

    def query(self, base: PeopleQuery) -> PeopleQuery:
        """``base`` (its sort order) with the filters shown."""
        qdate = self.available_date.date()
        country = self.country_filter.code
        return dataclasses.replace(
            base,
            text=self.search_edit.text(),
            country=country if len(country) == 2 else None,
            city=self.city_filter.text().strip() or None,
            isco=self.isco_filter.code,
            min_isced=self.isced_filter.currentData(),
            language=self.language_filter.code,
            consent=self.consent_filter.currentData(),
            available_on=dt.date(qdate.year(), qdate.month(), qdate.day())
            if self.available_check.isChecked()
            else None,
            association_id=self.association_filter.chosen_id,
            archive=ArchiveFilter(self.archive_filter.currentData()),
        )

    def show_unknown(self) -> None:
        """Say which filter is not understood (and left out), rather than list nobody."""
        notes = []
        if self.language_filter.unknown:
            notes.append(
                tr("No language called '{text}': choose one from the list.").format(
                    text=self.language_filter.text().strip()
                )
            )
        if self.isco_filter.unknown:
            notes.append(
                tr("No occupation group '{text}': type a group's name or its code.").format(
                    text=self.isco_filter.text().strip()
                )
            )
        if self.association_filter.text().strip() and self.association_filter.chosen_id is None:
            notes.append(tr("Choose an association from the list that opens as you type."))
        self.filter_note.setText(" ".join(notes))
        self.filter_note.setVisible(bool(notes))

    def is_filtering(self) -> bool:
        """True when a search or a filter is set (an empty list then means "nobody matches")."""
        return self.query(PeopleQuery()) != PeopleQuery()

    def clear(self) -> None:
        """Back to everyone: no search text, every filter at "any"."""
        for edit in (self.search_edit, self.city_filter, self.isco_filter, self.language_filter):
            edit.clear()
        self.association_filter.set_choice(None)
        for combo in (self.country_filter, self.isced_filter, self.consent_filter, self.archive_filter):
            combo.setCurrentIndex(0)
        self.available_check.setChecked(False)

    def empty_message(self) -> str:
        """Why the people list is empty, and what to do."""
        if self.is_filtering():
            return tr("No one matches this search and these filters.<br>{link}").format(
                link=clear_link(tr("Clear the search and filters"))
            )
        return tr(
            "No one is registered yet.<br>Import a file of people with <b>File → Import people…</b> "
            "or add a person with <b>New…</b>."
        )
