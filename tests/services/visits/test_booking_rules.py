"""The booking rules: a full slot, a second booking of the same person, hours and services not offered."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.visits import (
    AppointmentStatus,
    ConsularService,
    VisitStatus,
)
from diaspora_desk.services.composition import Services
from tests.services.visits.making import CARD, DAY, PASSPORT, make_person, make_visit


def test_a_full_slot_refuses_the_next_booking(services: Services) -> None:
    visit = make_visit(services)
    first, second = make_person(services, "Ana"), make_person(services, "Luis")
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
    visit = make_visit(services)
    person = make_person(services, "Ana")
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


def test_no_bookings_outside_slots_or_for_services_not_offered(services: Services) -> None:
    visit = make_visit(services)
    person = make_person(services, "Ana")
    with pytest.raises(ValidationError, match="slot"):
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 10))
    with pytest.raises(ValidationError, match="not offered"):
        services.visits.bookings.book(visit.id, person, ConsularService.NOTARIAL_ACT, DAY, dt.time(9, 0))
    services.visits.registry.set_status(visit.id, VisitStatus.CANCELLED)
    with pytest.raises(ValidationError, match="cancelled"):
        services.visits.bookings.book(visit.id, person, PASSPORT, DAY, dt.time(9, 0))
