"""Mobile visits: placed in the gazetteer, validated, audited; results add up; follow-ups."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    FollowUp,
    OfferedService,
    TeamMember,
    VisitDraft,
)
from diaspora_desk.services.composition import Services
from tests.services.visits.making import CARD, DAY, PASSPORT, make_person, make_visit


def test_a_visit_is_placed_in_the_gazetteer_and_audited(services: Services) -> None:
    visit = make_visit(services)
    assert visit.city == "Fresno"  # the gazetteer's spelling
    assert visit.latitude == pytest.approx(36.75, abs=0.05)
    assert visit.title == "Mobile consulate in Fresno"
    assert visit.team == (TeamMember("Rocío Batz", "Head of mission"),)  # the blank row is dropped
    assert visit.days == (DAY, DAY + dt.timedelta(days=1))
    history = services.audit.history("mobile_visit", visit.id)
    assert [event.action for event in history] == ["create"]
    assert "city" in json.loads(history[0].after or "{}")["fields"]  # named, its value not copied


def test_bad_visits_name_each_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_visit(
            services,
            city=" ",
            ends_on=DAY - dt.timedelta(days=1),
            services=(OfferedService(PASSPORT, 0),),
            host_association_id=999,
        )
    assert set(caught.value.errors) >= {"city", "ends_on", "services"}
    with pytest.raises(ValidationError) as caught:
        make_visit(services, consulate_id=42, slot_minutes=25)
    assert set(caught.value.errors) == {"consulate_id", "slot_minutes"}
    assert services.visits.registry.list() == []


def test_results_count_booked_served_no_shows_and_walk_ins(services: Services) -> None:
    visit = make_visit(services, starts_on=dt.date(2026, 11, 20), ends_on=dt.date(2026, 11, 20))
    day = dt.date(2026, 11, 20)
    ana, luis, eva = make_person(services, "Ana"), make_person(services, "Luis"), make_person(services, "Eva")
    a = services.visits.bookings.book(visit.id, ana, PASSPORT, day, dt.time(9, 0))
    b = services.visits.bookings.book(visit.id, luis, PASSPORT, day, dt.time(9, 30))
    services.visits.bookings.set_status(a.id, AppointmentStatus.SERVED)
    services.visits.bookings.set_status(b.id, AppointmentStatus.NO_SHOW)
    services.visits.bookings.walk_in(visit.id, eva, PASSPORT, day, dt.time(10, 40))
    services.visits.bookings.book_new_person(
        visit.id,
        PersonDraft(given_name="Zoila", family_name="Us", country="US", city="Fresno"),
        "signed form",
        CARD,
        day,
        dt.time(11, 0),
        walk_in=True,
    )
    services.visits.registry.record_walk_ins(visit.id, CARD, 7)
    results = services.visits.registry.results(visit.id)
    passport, card = results.services
    assert (passport.booked, passport.served_booked, passport.no_show, passport.walk_ins) == (2, 1, 1, 1)
    assert passport.delivered == 2
    assert (card.booked, card.walk_ins, card.delivered) == (0, 8, 8)
    assert results.new_registrations == 1
    assert results.delivered == 10
    walk_in = next(a for a in services.visits.bookings.appointments(visit.id) if a.person_id == eva)
    assert walk_in.starts_at == dt.time(10, 30)  # the slot the person came in
    assert services.visits.registry.list()[0].booked == 2


def test_changing_a_visit_may_not_strand_booked_people(services: Services) -> None:
    visit = make_visit(services)
    services.visits.bookings.book(visit.id, make_person(services, "Ana"), PASSPORT, DAY, dt.time(11, 30))
    shorter = visit.draft()
    with pytest.raises(ValidationError, match="would lose their place"):
        services.visits.registry.update(visit.id, _replace(shorter, closes_at=dt.time(11, 0)))
    with pytest.raises(ValidationError, match="would lose their place"):
        services.visits.registry.update(visit.id, _replace(shorter, services=(OfferedService(CARD, 4),)))
    assert services.visits.registry.get(visit.id).closes_at == dt.time(12, 0)


def test_follow_ups_are_added_and_closed(services: Services) -> None:
    visit = make_visit(services)
    with pytest.raises(ValidationError):
        services.visits.registry.add_follow_up(visit.id, FollowUp(" ", "Ana", None))
    updated = services.visits.registry.add_follow_up(
        visit.id, FollowUp("Deliver the consular ID cards", "Rocío Batz", dt.date(2026, 12, 20))
    )
    (item,) = updated.follow_ups
    assert item.done_on is None
    assert services.visits.registry.results(visit.id).follow_ups_open == 1
    done = services.visits.registry.set_follow_up_done(item.id or 0, dt.date(2026, 11, 24))
    assert done.follow_ups[0].done_on == dt.date(2026, 11, 24)
    assert services.visits.registry.results(visit.id).follow_ups_open == 0


def _replace(draft: VisitDraft, **changes: object) -> VisitDraft:
    import dataclasses

    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def test_an_over_long_follow_up_owner_is_refused_naming_the_limit(services: Services) -> None:
    visit = make_visit(services)
    with pytest.raises(ValidationError) as caught:
        services.visits.registry.add_follow_up(visit.id, FollowUp("Deliver the cards", "Rocío " * 40, None))
    assert caught.value.errors == {"owner": "is longer than 200 characters"}
    assert services.visits.registry.get(visit.id).follow_ups == ()
