"""Merging field by field: both values in words, the suggested one, the officer's choice, what moves."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.consular_services import ConsularService
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import AppointmentStatus
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.composition import Services
from tests.conftest import NOW
from tests.services.visits.report_scene import DAY, make_visit


def _person(services: Services, given: str, **values: object) -> int:
    draft = PersonDraft(given_name=given, family_name="Batz", country="US", **values)  # type: ignore[arg-type]
    return services.people.registry.create(draft).id


def test_the_side_by_side_view_shows_words_and_suggests_the_complete_and_recent_values(
    services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = _person(services, "Elena", sex="female", birth_year="1980", city="Fresno")
    monkeypatch.setattr(clock, "_moment", NOW + dt.timedelta(days=1))
    other = _person(
        services, "Elena M.", birth_year="1981", email="elena@example.org", preferred_channel="sms"
    )
    comparison = services.people.duplicates.compare(keep, other)
    fields = {f.key: f for f in comparison.fields}
    assert (fields["sex"].kept_value, fields["sex"].other_value) == ("Female", "")
    assert fields["place"].kept_value == "Fresno, United States"
    assert fields["preferred_channel"].other_value == "Text message"
    assert comparison.suggested() == {"name", "birth_year", "email", "preferred_channel"}
    assert (comparison.kept.name, comparison.other.name) == ("Elena Batz", "Elena M. Batz")


def test_the_officers_choice_decides_each_field(services: Services) -> None:
    keep = _person(services, "Elena", birth_year="1980", email="old@example.org")
    other = _person(services, "Helena", birth_year="1981", email="new@example.org", city="Fresno")
    merged = services.people.duplicates.merge(keep, other, take_from_other={"name", "email"})
    assert (merged.given_name, merged.birth_year, merged.email, merged.city) == (
        "Helena",
        1980,
        "new@example.org",
        "",
    )
    found = services.people.registry.page(PeopleQuery(text="helena"), 0, 10)
    assert [row.id for row in found] == [keep]


def test_an_unknown_field_is_refused(services: Services) -> None:
    keep, other = _person(services, "Luz"), _person(services, "Luz María")
    with pytest.raises(ValidationError, match="unknown fields"):
        services.people.duplicates.merge(keep, other, take_from_other={"legal_status"})


def test_appointments_move_and_a_second_place_at_the_same_desk_is_cancelled(services: Services) -> None:
    keep, other = _person(services, "Rosa"), _person(services, "Rosa E.")
    visit = make_visit(services)
    bookings = services.visits.bookings
    bookings.book(visit.id, keep, ConsularService.PASSPORT_RENEWAL, DAY, dt.time(9, 0))
    second = bookings.book(visit.id, other, ConsularService.PASSPORT_RENEWAL, DAY, dt.time(10, 0))
    card = bookings.book(visit.id, other, ConsularService.CONSULAR_ID, DAY, dt.time(11, 0))
    moves = dict(services.people.duplicates.compare(keep, other).moves)
    assert moves["Appointments"] == 2
    services.people.duplicates.merge(keep, other)
    assert bookings.get(card.id).person_id == keep
    assert bookings.get(second.id).status is AppointmentStatus.CANCELLED
    assert bookings.get(second.id).person_id == keep
