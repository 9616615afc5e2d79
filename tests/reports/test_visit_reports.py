"""Visit briefing, report, slip and day schedule: the data (suppression, counts) and the PDFs."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    EquipmentItem,
    FollowUp,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.reports.appointment_slip import build_appointment_slip
from diaspora_desk.reports.day_schedule import build_day_schedule
from diaspora_desk.reports.visit_briefing import build_visit_briefing
from diaspora_desk.reports.visit_report import build_visit_report
from diaspora_desk.services.composition import Services

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID
DAY = dt.date(2026, 12, 5)  # after the test clock's 2026-11-24
PAST = dt.date(2026, 10, 3)
GREEK, CYRILLIC, LATIN = "Ελένη Παπαδοπούλου", "Анна Иванова", "Łucja Dvořák-Ærøskøbing"


@dataclass(frozen=True)
class Scene:
    visit: VisitRecord
    past: VisitRecord
    people: dict[str, int]
    appointments: dict[str, int]


def make_visit(services: Services, /, **changes: object) -> VisitRecord:
    values: dict[str, object] = {
        "consulate_id": services.visits.consulates.list()[0].id,
        "country": "US",
        "city": "Fresno",
        "starts_on": DAY,
        "ends_on": DAY + dt.timedelta(days=1),
        "opens_at": dt.time(9, 0),
        "closes_at": dt.time(12, 0),
        "slot_minutes": 30,
        "venue": "Salón Comunal",
        "venue_address": "1200 Tulare St",
        "services": (OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        "team": (TeamMember("Rocío Batz", "Head of mission"),),
        "equipment": (EquipmentItem("Passport forms", True), EquipmentItem("Card printer")),
        **changes,
    }
    return services.visits.registry.create(VisitDraft(**values))  # type: ignore[arg-type]


def make_person(
    services: Services, name: str, city: str, *, passport: str = "", phone: str = "", consent: bool = False
) -> int:
    given, _, family = name.partition(" ")
    person = services.people.registry.create(
        PersonDraft(
            given_name=given,
            family_name=family,
            country="US",
            city=city,
            phones=(phone,) if phone else (),
            passport_expires_on=passport,
        )
    )
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.CONSULAR_CONTACT, True, how="form")
    return person.id


def build_scene(services: Services) -> Scene:
    """7 nationals in Fresno, 2 in Clovis (20 km), 1 in Los Angeles; a past and a coming visit."""
    people: dict[str, int] = {}
    people[GREEK] = make_person(
        services, GREEK, "Fresno", passport="2027-03-01", phone="559 555 0101", consent=True
    )
    people[CYRILLIC] = make_person(services, CYRILLIC, "Fresno", passport="2026-01-15", phone="559 555 0102")
    people[LATIN] = make_person(
        services, LATIN, "Fresno", passport="2027-06-30", phone="559 555 0103", consent=True
    )
    people["=HYPERLINK"] = make_person(
        services,
        "=HYPERLINK(evil) Pérez",
        "Fresno",
        passport="2027-05-01",
        phone="559 555 0104",
        consent=True,
    )
    for index in range(3):
        people[f"fresno{index}"] = make_person(services, f"Marta Ajú{index}", "Fresno", passport="2027-01-10")
    for index in range(2):
        people[f"clovis{index}"] = make_person(
            services, f"Luis Xicará{index}", "Clovis", passport="2027-02-01"
        )
    people["la"] = make_person(services, "Pedro Tzoc", "Los Angeles", passport="2027-01-01")
    services.associations.registry.create(
        AssociationDraft(name="Comité Maya de Fresno", country="US", city="Clovis")
    )
    services.associations.registry.create(
        AssociationDraft(name="Club Los Ángeles", country="US", city="Los Angeles")
    )

    past = make_visit(services, starts_on=PAST, ends_on=PAST, status=VisitStatus.CONFIRMED)
    for key, at in (("fresno0", dt.time(9, 0)), ("fresno1", dt.time(9, 30))):
        booking = services.visits.bookings.book(past.id, people[key], PASSPORT, PAST, at)
        services.visits.bookings.set_status(booking.id, AppointmentStatus.SERVED)
    services.visits.registry.record_walk_ins(past.id, CARD, 6)
    past = services.visits.registry.set_status(past.id, VisitStatus.DONE)

    practices = tuple(p.id for p in services.practices.all()[:2])
    visit = make_visit(services, practice_ids=practices)
    appointments = {
        GREEK: services.visits.bookings.book(visit.id, people[GREEK], PASSPORT, DAY, dt.time(9, 0)).id,
        CYRILLIC: services.visits.bookings.book(visit.id, people[CYRILLIC], PASSPORT, DAY, dt.time(9, 30)).id,
        LATIN: services.visits.bookings.book(visit.id, people[LATIN], CARD, DAY, dt.time(9, 0)).id,
        "=HYPERLINK": services.visits.bookings.book(
            visit.id, people["=HYPERLINK"], CARD, DAY, dt.time(9, 0)
        ).id,
        "cancelled": services.visits.bookings.book(visit.id, people["fresno2"], CARD, DAY, dt.time(10, 0)).id,
    }
    services.visits.bookings.set_status(appointments["cancelled"], AppointmentStatus.CANCELLED)
    return Scene(services.visits.registry.get(visit.id), past, people, appointments)


def pdf_pages(build: object, data: object) -> tuple[bytes, list[str]]:
    buffer = io.BytesIO()
    build(data, buffer)  # type: ignore[operator]
    pdf = buffer.getvalue()
    return pdf, [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_briefing_profiles_the_area_with_small_counts_suppressed(services: Services, scene: Scene) -> None:
    data = services.visits.reports.briefing(scene.visit.id)
    area = data.area
    assert area is not None
    towns = {t.town: t.shown for t in area.towns}
    assert towns == {"Fresno": "7", "Clovis": "<5"}  # Los Angeles is 300 km away
    assert area.nationals_shown == "8–11"  # 7 + one hidden town
    # Passports: 8 expire within 12 months of 2026-12-05 (Clovis's 2 included), 1 already expired.
    assert (area.passports_recorded, area.passports_expiring, area.passports_expired) == ("9", "8", "<5")
    assert [a.name for a in area.associations] == ["Comité Maya de Fresno"]
    assert [p.id for p in area.past_visits] == [scene.past.id]
    assert area.past_visits[0].delivered == 2 + 6
    assert [(s.title, s.capacity_per_hour, s.total_capacity) for s in data.services] == [
        ("Passport renewal", 2, 12),
        ("Consular identity card", 4, 24),
    ]
    assert len(data.practices) == 2
    assert all(p.title for p in data.practices)


def test_a_larger_radius_reaches_further(services: Services, scene: Scene) -> None:
    area = services.visits.reports.briefing(scene.visit.id, radius_km=400).area
    assert area is not None
    assert "Los Angeles" in {t.town for t in area.towns}
    assert {a.name for a in area.associations} == {"Comité Maya de Fresno", "Club Los Ángeles"}


def test_briefing_pdf_shows_plan_area_and_suppression(services: Services, scene: Scene) -> None:
    data = services.visits.reports.briefing(scene.visit.id)
    pdf, pages = pdf_pages(build_visit_briefing, data)
    text = "\n".join(pages)
    for expected in ("Pre-visit briefing", "Salón Comunal", "Rocío Batz", "Passport forms", "Clovis", "<5"):
        assert expected in text
    assert "Comité Maya de Fresno" in text
    assert "Los Angeles" not in text.replace("Los Ángeles", "")  # the far town is not profiled
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL" in page
    assert pdf_pages(build_visit_briefing, services.visits.reports.briefing(scene.visit.id))[0] == pdf


def test_report_counts_results_against_bookings(services: Services, scene: Scene) -> None:
    past = services.visits.reports.report(scene.past.id)
    passport, card = past.results
    assert (passport.capacity, passport.booked, passport.served_booked, passport.walk_ins) == (6, 2, 2, 0)
    assert (card.capacity, card.booked, card.delivered) == (12, 0, 6)
    assert past.people_booked == "<5"  # two people
    assert past.people_walk_in == "6"
    assert past.people_total == "7–10"  # shown 6 + a hidden 1-4: a range, not the exact 8
    coming = services.visits.reports.report(scene.visit.id)
    assert sum(r.booked for r in coming.results) == 4  # the cancelled booking does not count
    assert coming.people_booked == "0"


def test_report_pdf_has_results_chart_and_follow_ups(services: Services, scene: Scene) -> None:
    services.visits.registry.add_follow_up(
        scene.past.id, FollowUp("Deliver the renewed passports", "Julián Ajú", dt.date(2026, 12, 1))
    )
    data = services.visits.reports.report(scene.past.id)
    pdf, pages = pdf_pages(build_visit_report, data)
    text = "\n".join(pages)
    for expected in (
        "Results against plan",
        "Passport renewal",
        "Deliver the renewed passports",
        "Julián Ajú",
    ):
        assert expected in text
    assert "2026-12-01" in text
    assert "open" in text
    assert b"/FontFile2" in pdf
    assert pdf_pages(build_visit_report, services.visits.reports.report(scene.past.id))[0] == pdf


def test_slip_prints_any_script_and_is_audited(services: Services, scene: Scene) -> None:
    for name in (GREEK, CYRILLIC, LATIN):
        data = services.visits.reports.slip(scene.appointments[name])
        _pdf, pages = pdf_pages(build_appointment_slip, data)
        assert name in pages[0]
        # Handed to the person: no language recorded, so the consulate's (Guatemala: Spanish).
        assert data.language == "es"
        assert "Pasaporte vigente o vencido" in pages[0] or "Comprobante de domicilio" in pages[0]
        assert "1200 Tulare St" in pages[0]
        history = services.audit.history("appointment", scene.appointments[name])
        assert history[-1].action == "export"
        assert json.loads(history[-1].after or "{}")["report"] == "appointment_slip"
    greek = services.visits.reports.slip(scene.appointments[GREEK])
    assert (greek.day, greek.starts_at, greek.ends_at) == (DAY, dt.time(9, 0), dt.time(9, 30))
    assert greek.contact.startswith("Test Consulate")


def test_no_slip_for_a_cancelled_appointment(services: Services, scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.reports.slip(scene.appointments["cancelled"])
    assert "cancelled" in caught.value.errors["appointment"]


def test_day_schedule_lists_names_per_desk_and_slot(services: Services, scene: Scene) -> None:
    data = services.visits.reports.day_schedule(scene.visit.id, DAY)
    assert [(d.day, d.service) for d in data.desks] == [(DAY, PASSPORT), (DAY, CARD)]
    card = data.desks[1]
    nine = next(s for s in card.slots if s.starts_at == dt.time(9, 0))
    assert {e.name for e in nine.entries} == {LATIN, "=HYPERLINK(evil) Pérez"}
    ten = next(s for s in card.slots if s.starts_at == dt.time(10, 0))
    assert ten.entries == ()  # the cancelled booking is gone and its place is free again
    assert ten.free == ten.capacity
    history = services.audit.history("mobile_visit", scene.visit.id)
    assert json.loads(history[-1].after or "{}") == {
        "report": "day_schedule",
        "day": "2026-12-05",
        "people": 4,
    }
    _pdf, pages = pdf_pages(build_day_schedule, data)
    text = "\n".join(pages)
    for name in (GREEK, CYRILLIC, LATIN):
        assert name in text
    assert "☐" in text
    assert len(services.visits.reports.day_schedule(scene.visit.id).desks) == 4  # two days, two desks


def test_day_schedule_refuses_a_day_outside_the_visit(services: Services, scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.reports.day_schedule(scene.visit.id, DAY + dt.timedelta(days=9))
    assert "not a day of visit" in caught.value.errors["day"]
