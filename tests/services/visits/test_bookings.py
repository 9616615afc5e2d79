"""Bookings: capacity is never exceeded, nobody is booked twice, outcomes only on the day."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    VisitStatus,
)
from diaspora_desk.services.composition import Services
from tests.services.visits.making import CARD, DAY, PASSPORT, make_person, make_visit


def test_slots_spread_the_hourly_capacity(services: Services) -> None:
    visit = make_visit(services)
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


def test_a_cancelled_booking_frees_its_place_and_comes_back_only_if_still_free(services: Services) -> None:
    visit = make_visit(services)
    ana, luis = make_person(services, "Ana"), make_person(services, "Luis")
    booking = services.visits.bookings.book(visit.id, ana, PASSPORT, DAY, dt.time(9, 0))
    services.visits.bookings.set_status(booking.id, AppointmentStatus.CANCELLED)
    services.visits.bookings.book(visit.id, luis, PASSPORT, DAY, dt.time(9, 0))
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.set_status(booking.id, AppointmentStatus.BOOKED)
    assert "full" in caught.value.errors["slot"]


def test_concurrent_bookings_never_exceed_capacity(services: Services) -> None:
    visit = make_visit(services)
    people = [make_person(services, f"Persona{i}") for i in range(6)]
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


def test_a_new_person_is_registered_with_consent_and_booked_or_nothing_is_written(services: Services) -> None:
    visit = make_visit(services)
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


def test_outcomes_cannot_be_recorded_before_the_day(services: Services) -> None:
    visit = make_visit(services)  # in December, after the test clock's today
    booking = services.visits.bookings.book(
        visit.id, make_person(services, "Ana"), PASSPORT, DAY, dt.time(9, 0)
    )
    with pytest.raises(ValidationError, match="not happened"):
        services.visits.bookings.set_status(booking.id, AppointmentStatus.SERVED)
    with pytest.raises(ValidationError, match="before its first day"):
        services.visits.registry.set_status(visit.id, VisitStatus.DONE)


def test_over_long_notes_or_consent_are_refused_naming_the_limit_and_nothing_is_written(
    services: Services,
) -> None:
    visit = make_visit(services)
    person = make_person(services, "Rosa")
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 0), notes="n" * 2001)
    assert caught.value.errors == {"notes": "is longer than 2000 characters"}
    assert services.visits.bookings.appointments(visit.id) == []
    before = services.people.registry.count(PeopleQuery())
    draft = PersonDraft(given_name="Ixchel", family_name="Cúmez", country="US", city="Fresno")
    with pytest.raises(ValidationError) as caught:
        services.visits.bookings.book_new_person(
            visit.id, draft, "in person " * 25, PASSPORT, DAY, dt.time(9, 0)
        )
    assert caught.value.errors == {"consent_how": "is longer than 200 characters"}
    assert services.people.registry.count(PeopleQuery()) == before
