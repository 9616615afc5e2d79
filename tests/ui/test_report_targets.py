"""Ctrl+P's target: the report of what is selected in the area in view, or nothing; and the
Reports hub's default record: what is selected in its area."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.reports.catalogue import ReportKind
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.report_records import RecordKind
from diaspora_desk.ui.report_targets import current_report, selected_record
from tests.services.campaigns.cast import build_cast
from tests.services.visits.report_scene import PAST, make_visit


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def test_the_association_in_view_gives_its_profile(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show_area(window.ASSOCIATIONS)
    assert current_report(window) is None  # nothing selected
    club = services.associations.registry.create(
        AssociationDraft(name="Club Uno", country="US", city="Fresno")
    )
    window.associations.show_association(club.id)
    request = current_report(window)
    assert request is not None
    assert (request.kind, request.item_id, request.name) == (
        ReportKind.ASSOCIATION,
        club.id,
        f"association-{club.id}",
    )


def test_a_coming_visit_gives_its_briefing_and_a_visit_done_its_report(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    window.show_area(window.VISITS)
    assert current_report(window) is None
    visit = make_visit(services)
    page = window.visits.visits
    page.model.refresh()
    qtbot.waitUntil(lambda: page.select(visit.id))
    qtbot.waitUntil(lambda: page.current is not None)
    request = current_report(window)
    assert request is not None
    assert (request.kind, request.name) == (ReportKind.VISIT_BRIEFING, f"visit-{visit.id}-briefing")
    past = make_visit(services, starts_on=PAST, ends_on=PAST, status=VisitStatus.CONFIRMED)
    services.visits.registry.set_status(past.id, VisitStatus.DONE)
    page.model.refresh()
    qtbot.waitUntil(lambda: page.select(past.id))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == past.id)
    request = current_report(window)
    assert request is not None
    assert (request.kind, request.name) == (ReportKind.VISIT, f"visit-{past.id}-report")


def test_the_skills_dashboard_gives_the_skills_summary(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show_area(window.PEOPLE)
    window.people.tabs.setCurrentWidget(window.people.dashboard)
    request = current_report(window)
    assert request is not None
    assert request.kind is ReportKind.SKILLS
    window.people.tabs.setCurrentWidget(window.people.people)
    assert current_report(window) is None  # no person selected


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
