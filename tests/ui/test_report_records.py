"""Finding the record a report is about by what an officer knows, never by its id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.reports.catalogue import REPORTS
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from diaspora_desk.ui.report_records import RECORD_OF_REPORT, RecordFinder, RecordKind, record_finders
from tests.services.campaigns.cast import build_cast
from tests.services.visits.making import CARD, DAY, make_person, make_visit


def _finders(services: Services) -> Mapping[RecordKind, RecordFinder]:
    return record_finders(services.associations, services.people, services.visits, services.campaigns)


def test_every_report_about_a_record_has_a_finder(services: Services) -> None:
    finders = _finders(services)
    about_a_record = {kind for kind, spec in REPORTS.items() if spec.takes_id}
    assert set(RECORD_OF_REPORT) == about_a_record
    assert set(finders) == set(RecordKind)


def test_associations_and_people_by_name(qtbot: QtBot, services: Services) -> None:
    finders = _finders(services)
    club = services.associations.registry.create(
        AssociationDraft(name="Club Xelajú", type="hometown", country="US", city="Fresno")
    )
    assert finders[RecordKind.ASSOCIATION].search("xelaju") == [
        (club.id, "Club Xelajú — Fresno, United States")
    ]
    assert finders[RecordKind.ASSOCIATION].latest() == (club.id, "Club Xelajú — Fresno, United States")
    cast = build_cast(services)
    people = finders[RecordKind.PERSON]
    assert people.search("ana ejemplo") == [(cast.ana, "Ana Ejemplo — Fresno, United States, ••• 0101")]
    assert people.label(cast.ana) == "Ana Ejemplo — Fresno, United States, ••• 0101"
    assert people.latest() is None  # a person record is always about someone chosen


def test_visits_by_town_and_date_appointments_by_person_and_time(services: Services) -> None:
    finders = _finders(services)
    fresno = make_visit(services, title="Fresno mobile consulate")
    modesto = make_visit(
        services, city="modesto", starts_on=DAY + dt.timedelta(days=20), ends_on=DAY + dt.timedelta(days=20)
    )
    visits = finders[RecordKind.VISIT]
    assert visits.search("fresno") == [
        (fresno.id, "Fresno, United States — 2026-12-05 – 2026-12-06 — Fresno mobile consulate")
    ]
    latest = visits.latest()
    assert latest is not None
    assert latest[0] == modesto.id
    assert latest[1].startswith("Modesto, United States — 2026-12-25 — ")
    rosa = make_person(services, "Rosa", "Tzul")
    slip = services.visits.bookings.book(fresno.id, rosa, CARD, DAY, dt.time(9, 30))
    appointments = finders[RecordKind.APPOINTMENT]
    expected = (slip.id, "Rosa Tzul — 2026-12-05 09:30 — Consular identity card")
    assert appointments.search("tzul ro") == [expected]
    assert appointments.search("nobody") == []
    assert appointments.latest() == expected
    assert appointments.label(slip.id) == expected[1]


def test_needs_by_title_campaigns_by_name(services: Services) -> None:
    finders = _finders(services)
    needs = services.people.needs
    nurses = needs.create(NeedDraft("Hospital San Juan", "Nurses for the night shift", ("2221",), "virtual"))
    welders = needs.create(NeedDraft("Polytechnic", "Welders", ("7212",), "virtual"))
    assert finders[RecordKind.NEED].search("night nurs") == [
        (nurses.id, "Nurses for the night shift — Hospital San Juan")
    ]
    assert finders[RecordKind.NEED].search("polytech") == [(welders.id, "Welders — Polytechnic")]
    assert finders[RecordKind.NEED].latest() == (welders.id, "Welders — Polytechnic")
    cast = build_cast(services)
    campaigns = finders[RecordKind.CAMPAIGN]
    assert campaigns.search("diaspora day") == [(cast.campaign, "Diaspora day invitation")]
    assert campaigns.label(cast.campaign) == "Diaspora day invitation"
