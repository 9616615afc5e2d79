"""Mobile visits and bookings: capacity is never exceeded, nobody is booked twice, results add up."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    FollowUp,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.services.visits.consulates import ConsulateDraft

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID
DAY = dt.date(2026, 12, 5)


def _visit(services: Services, /, **changes: object) -> VisitRecord:
    consulate = services.visits.consulates.list()[0]
    values: dict[str, object] = {
        "consulate_id": consulate.id,
        "country": "US",
        "city": "fresno",
        "starts_on": DAY,
        "ends_on": DAY + dt.timedelta(days=1),
        "opens_at": dt.time(9, 0),
        "closes_at": dt.time(12, 0),
        "slot_minutes": 30,
        "services": (OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        "team": (TeamMember("Rocío Batz", "Head of mission"), TeamMember("  ", "")),
        **changes,
    }
    return services.visits.registry.create(VisitDraft(**values))  # type: ignore[arg-type]


def _person(services: Services, given: str, family: str = "Tzoc") -> int:
    return services.people.registry.create(
        PersonDraft(
            given_name=given, family_name=family, country="US", city="Fresno", phones=("559 555 0142",)
        )
    ).id


def test_a_visit_is_placed_in_the_gazetteer_and_audited(services: Services) -> None:
    visit = _visit(services)
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
        _visit(
            services,
            city=" ",
            ends_on=DAY - dt.timedelta(days=1),
            services=(OfferedService(PASSPORT, 0),),
            host_association_id=999,
        )
    assert set(caught.value.errors) >= {"city", "ends_on", "services"}
    with pytest.raises(ValidationError) as caught:
        _visit(services, consulate_id=42, slot_minutes=25)
    assert set(caught.value.errors) == {"consulate_id", "slot_minutes"}
    assert services.visits.registry.list() == []


def test_slots_spread_the_hourly_capacity(services: Services) -> None:
    visit = _visit(services)
    passport = services.visits.bookings.slots(visit.id, service=PASSPORT, day=DAY)
    # 09:00-12:00 in 30-minute slots at 2 an hour: one place per slot.
    assert [(s.starts_at, s.capacity) for s in passport] == [
        (dt.time(9, 0), 1),
        (dt.time(9, 30), 1),
        (dt.time(10, 0), 1),
        (dt.time(10, 30), 1),
        (dt.time(11, 0), 1),
        (dt.time(11, 30), 1),
    ]
    assert sum(s.capacity for s in services.visits.bookings.slots(visit.id, service=CARD)) == 4 * 3 * 2


def test_a_full_slot_refuses_the_next_booking(services: Services) -> None:
    visit = _visit(services)
    first, second = _person(services, "Ana"), _person(services, "Luis")
    booked = services.visits.bookings.book(visit.id, first, PASSPORT, DAY, dt.time(9, 0))
    assert booked.status is AppointmentStatus.BOOKED
    assert booked.phone == "+15595550142"
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.book(visit.id, second, PASSPORT, DAY, dt.time(9, 0))
    assert "full" in caught.value.errors["slot"]
    assert "1 of 1" in caught.value.errors["slot"]
    slot = services.visits.bookings.slots(visit.id, service=PASSPORT, day=DAY)[0]
    assert (slot.booked, slot.free) == (1, 0)
    assert len(services.visits.bookings.appointments(visit.id)) == 1


def test_the_same_person_cannot_be_booked_twice(services: Services) -> None:
    visit = _visit(services)
    person = _person(services, "Ana")
    services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 0))
    with pytest.raises(ValidationError) as same_service:
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(10, 0))
    assert "already has a Passport renewal appointment" in same_service.value.errors["person"]
    with pytest.raises(ValidationError) as same_time:
        services.visits.bookings.book(visit.id, person, CARD, DAY, dt.time(9, 0))
    assert "already booked at 09:00" in same_time.value.errors["person"]
    # Another service at another time is fine.
    services.visits.bookings.book(visit.id, person, CARD, DAY, dt.time(9, 30))
    assert len(services.visits.bookings.appointments(visit.id)) == 2


def test_a_cancelled_booking_frees_its_place_and_comes_back_only_if_still_free(services: Services) -> None:
    visit = _visit(services)
    ana, luis = _person(services, "Ana"), _person(services, "Luis")
    booking = services.visits.bookings.book(visit.id, ana, PASSPORT, DAY, dt.time(9, 0))
    services.visits.bookings.set_status(booking.id, AppointmentStatus.CANCELLED)
    services.visits.bookings.book(visit.id, luis, PASSPORT, DAY, dt.time(9, 0))
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.set_status(booking.id, AppointmentStatus.BOOKED)
    assert "full" in caught.value.errors["slot"]


def test_concurrent_bookings_never_exceed_capacity(services: Services) -> None:
    visit = _visit(services)
    people = [_person(services, f"Persona{i}") for i in range(6)]
    outcomes: list[str] = []

    def book(person: int) -> None:
        try:
            services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 0))
            outcomes.append("booked")
        except ValidationError:
            outcomes.append("refused")

    threads = [threading.Thread(target=book, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked"] + ["refused"] * 5


def test_no_bookings_outside_slots_or_for_services_not_offered(services: Services) -> None:
    visit = _visit(services)
    person = _person(services, "Ana")
    with pytest.raises(ValidationError, match="slot"):
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 10))
    with pytest.raises(ValidationError, match="not offered"):
        services.visits.bookings.book(visit.id, person, ConsularService.NOTARIAL_ACT, DAY, dt.time(9, 0))
    services.visits.registry.set_status(visit.id, VisitStatus.CANCELLED)
    with pytest.raises(ValidationError, match="cancelled"):
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 0))


def test_a_new_person_is_registered_with_consent_and_booked_or_nothing_is_written(services: Services) -> None:
    visit = _visit(services)
    draft = PersonDraft(given_name="Ixchel", family_name="Cúmez", country="US", city="Fresno")
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.book_new_person(visit.id, draft, "", PASSPORT, DAY, dt.time(9, 0))
    assert "consent_how" in caught.value.errors
    booking = services.visits.bookings.book_new_person(
        visit.id, draft, "in person at booking", PASSPORT, DAY, dt.time(9, 0)
    )
    assert booking.new_registration
    person = services.people.registry.get(booking.person_id)
    assert person.consented(ConsentPurpose.CONSULAR_CONTACT)
    # The slot is now full: the next new person is refused and not registered either.
    before = services.people.registry.count(PeopleQuery())
    other = PersonDraft(given_name="Byron", family_name="Ajanel", country="US", city="Fresno")
    with pytest.raises(ValidationError, match="full"):
        services.visits.bookings.book_new_person(visit.id, other, "by phone", PASSPORT, DAY, dt.time(9, 0))
    assert services.people.registry.count(PeopleQuery()) == before


def test_results_count_booked_served_no_shows_and_walk_ins(services: Services) -> None:
    visit = _visit(services, starts_on=dt.date(2026, 11, 20), ends_on=dt.date(2026, 11, 20))
    day = dt.date(2026, 11, 20)
    ana, luis, eva = _person(services, "Ana"), _person(services, "Luis"), _person(services, "Eva")
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


def test_outcomes_cannot_be_recorded_before_the_day(services: Services) -> None:
    visit = _visit(services)  # in December, after the test clock's today
    booking = services.visits.bookings.book(visit.id, _person(services, "Ana"), PASSPORT, DAY, dt.time(9, 0))
    with pytest.raises(ValidationError, match="not happened"):
        services.visits.bookings.set_status(booking.id, AppointmentStatus.SERVED)
    with pytest.raises(ValidationError, match="before its first day"):
        services.visits.registry.set_status(visit.id, VisitStatus.DONE)


def test_changing_a_visit_may_not_strand_booked_people(services: Services) -> None:
    visit = _visit(services)
    services.visits.bookings.book(visit.id, _person(services, "Ana"), PASSPORT, DAY, dt.time(11, 30))
    shorter = visit.draft()
    with pytest.raises(ValidationError, match="would lose their place"):
        services.visits.registry.update(visit.id, _replace(shorter, closes_at=dt.time(11, 0)))
    with pytest.raises(ValidationError, match="would lose their place"):
        services.visits.registry.update(visit.id, _replace(shorter, services=(OfferedService(CARD, 4),)))
    assert services.visits.registry.get(visit.id).closes_at == dt.time(12, 0)


def test_follow_ups_are_added_and_closed(services: Services) -> None:
    visit = _visit(services)
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


def test_consulates_are_added_with_gazetteer_places_and_checked_jurisdiction(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.consulates.save(ConsulateDraft("Consulado", "US", "Atlantisville", ("US-XX",)))
    assert set(caught.value.errors) == {"city", "jurisdiction"}
    phoenix = services.visits.consulates.save(
        ConsulateDraft("Consulado en Phoenix", "US", "phoenix", ("us-az",))
    )
    assert (phoenix.city, phoenix.jurisdiction) == ("Phoenix", ("US-AZ",))
    assert phoenix.latitude == pytest.approx(33.45, abs=0.05)
    assert [c.name for c in services.visits.consulates.list()] == ["Consulado en Phoenix", "Test Consulate"]


def _replace(draft: VisitDraft, **changes: object) -> VisitDraft:
    import dataclasses

    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]
