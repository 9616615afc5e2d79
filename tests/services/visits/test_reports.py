"""The visits' report data: the briefing's area profile with small counts suppressed, results
against bookings, the audited appointment slip and day schedule."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import CARD, CYRILLIC, DAY, GREEK, LATIN, PASSPORT, Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


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


def test_no_slip_for_a_cancelled_appointment(services: Services, scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.reports.slip(scene.appointments["cancelled"])
    assert "cancelled" in caught.value.errors["appointment"]


def test_day_schedule_refuses_a_day_outside_the_visit(services: Services, scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.reports.day_schedule(scene.visit.id, DAY + dt.timedelta(days=9))
    assert "not a day of visit" in caught.value.errors["day"]


def test_a_slip_names_the_hour_and_the_consulate_and_is_audited(services: Services, scene: Scene) -> None:
    greek = services.visits.reports.slip(scene.appointments[GREEK])
    assert (greek.day, greek.starts_at, greek.ends_at) == (DAY, dt.time(9, 0), dt.time(9, 30))
    assert greek.contact.startswith("Test Consulate")
    history = services.audit.history("appointment", scene.appointments[GREEK])
    assert history[-1].action == "export"
    assert json.loads(history[-1].after or "{}")["report"] == "appointment_slip"


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
    assert len(services.visits.reports.day_schedule(scene.visit.id).desks) == 4  # two days, two desks
    assert {e.name for d in data.desks for s in d.slots for e in s.entries} >= {GREEK, CYRILLIC}
