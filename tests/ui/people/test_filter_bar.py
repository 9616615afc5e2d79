"""The People list's filters: what the officer picks becomes the query; a typo is named, not applied."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.domain.queries import PeopleQuery, PeopleSort
from diaspora_desk.ui.people.filter_bar import PeopleFilters

GROUPS = {"22": "Health professionals", "21": "Science and engineering professionals"}


CLUB = MembershipItem(12, association_name="Club Xelajú")


def test_the_filters_shown_make_the_query_and_keep_its_sort(qtbot: QtBot) -> None:
    filters = PeopleFilters(GROUPS, lambda _text: [CLUB])
    qtbot.addWidget(filters.search_edit)
    base = PeopleQuery(sort=PeopleSort.CITY, descending=True)
    assert filters.query(base) == PeopleQuery(sort=PeopleSort.CITY, descending=True, text="")
    filters.search_edit.setText("ana yax")
    filters.country_filter.code = "US"
    filters.city_filter.setText("  Fresno ")
    filters.isco_filter.setText("Health professionals")
    filters.isced_filter.setCurrentIndex(filters.isced_filter.findData(6))
    filters.language_filter.setText("es")
    filters.consent_filter.setCurrentIndex(filters.consent_filter.findData(ConsentPurpose.CAMPAIGNS.value))
    filters.available_check.setChecked(True)
    filters.available_date.setDate(QDate(2027, 1, 15))
    filters.association_filter.setText("xela")
    assert filters.association_filter.offer("xela") == ["Club Xelajú"]
    filters.association_filter.choose("Club Xelajú")  # chosen by name from the list
    filters.archive_filter.setCurrentIndex(filters.archive_filter.findData(ArchiveFilter.ALL.value))
    query = filters.query(base)
    assert (query.sort, query.descending) == (PeopleSort.CITY, True)
    assert (query.text, query.country, query.city) == ("ana yax", "US", "Fresno")
    assert (query.isco, query.min_isced, query.language) == ("22", 6, "es")
    assert query.consent == ConsentPurpose.CAMPAIGNS.value
    assert query.available_on == dt.date(2027, 1, 15)
    assert (query.association_id, query.archive) == (12, ArchiveFilter.ALL)


def test_an_unknown_language_or_group_is_named_and_left_out(qtbot: QtBot) -> None:
    filters = PeopleFilters(GROUPS, lambda _text: [])
    qtbot.addWidget(filters.filter_note)
    filters.language_filter.setText("Elvish of Rivendell")
    filters.isco_filter.setText("dragon tamers")
    filters.association_filter.setText("twelve")
    query = filters.query(PeopleQuery())
    assert (query.language, query.isco, query.association_id) == (None, None, None)
    filters.show_unknown()
    assert "No language called 'Elvish of Rivendell'" in filters.filter_note.text()
    assert "No occupation group 'dragon tamers'" in filters.filter_note.text()
    filters.language_filter.setText("")
    filters.isco_filter.setText("")
    filters.show_unknown()
    filters.association_filter.setText("")
    filters.show_unknown()
    assert filters.filter_note.text() == ""


def test_typing_waits_and_choosing_applies_at_once(qtbot: QtBot) -> None:
    filters = PeopleFilters(GROUPS, lambda _text: [])
    qtbot.addWidget(filters.search_edit)
    typed: list[str] = []
    filters.connect(lambda: typed.append("typed"), lambda: typed.append("chosen"))
    filters.search_edit.setText("a")
    filters.archive_filter.setCurrentIndex(1)
    filters.available_check.setChecked(True)
    assert typed == ["typed", "chosen", "chosen"]
