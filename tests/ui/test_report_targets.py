"""Which record a report is about: the one in view for Ctrl+P, and the hub's default."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.reports.catalogue import ReportKind
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.report_records import RecordKind
from diaspora_desk.ui.report_targets import current_report, selected_record
from tests.services.campaigns.cast import build_cast


def test_the_hub_offers_the_person_selected_in_people_and_skills(qtbot: QtBot, services: Services) -> None:
    cast = build_cast(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    assert selected_record(window, RecordKind.PERSON) is None
    people = window.people.people
    row = next(r for r in range(people.model.rowCount()) if people.model.index(r, 0).data().startswith("Ken"))
    people.table.selectRow(row)
    qtbot.waitUntil(lambda: people.current is not None)
    assert selected_record(window, RecordKind.PERSON) == cast.ken
    request = current_report(window)
    assert request is not None
    assert (request.kind, request.item_id) == (ReportKind.PERSON, cast.ken)
    window.show_area(window.REPORTS)
    window.reports.select(ReportKind.PERSON)
    picker = window.reports.picker
    assert picker is not None
    assert picker.text().startswith("Ken Ejemplo — Los Angeles, United States")
    assert window.reports.request().item_id == cast.ken
    assert selected_record(window, RecordKind.APPOINTMENT) is None  # no appointments list open
