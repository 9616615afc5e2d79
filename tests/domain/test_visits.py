"""Slots from opening hours and capacity; visit validation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.visits import (
    SLOT_MINUTES,
    ConsularService,
    OfferedService,
    TeamMember,
    VisitDraft,
    day_slots,
    slot_capacities,
    validate_visit,
)

FAST = settings(max_examples=80, deadline=None, database=None)
DAY = dt.date(2026, 12, 5)


@FAST
@given(st.integers(1, 60), st.sampled_from(SLOT_MINUTES))
def test_each_hour_offers_exactly_its_capacity(capacity: int, minutes: int) -> None:
    shares = slot_capacities(capacity, minutes)
    assert sum(shares) == capacity
    assert len(shares) == 60 // minutes
    assert shares[0] >= 1  # the hour's first slot always takes someone
    assert max(shares) - min(shares) <= 1  # spread evenly


@FAST
@given(
    st.integers(1, 60),
    st.sampled_from(SLOT_MINUTES),
    st.integers(6 * 60, 11 * 60),
    st.integers(30, 10 * 60),
)
def test_no_hour_from_opening_holds_more_than_the_capacity(
    capacity: int, minutes: int, opens: int, length: int
) -> None:
    closes = min(opens + length, 23 * 60 + 59)
    slots = day_slots(
        DAY,
        dt.time(opens // 60, opens % 60),
        dt.time(closes // 60, closes % 60),
        minutes,
        ConsularService.PASSPORT_RENEWAL,
        capacity,
    )
    per_hour: dict[int, int] = {}
    for slot in slots:
        start = slot.starts_at.hour * 60 + slot.starts_at.minute
        end = slot.ends_at.hour * 60 + slot.ends_at.minute
        assert opens <= start
        assert end <= closes
        assert slot.capacity >= 1
        per_hour[(start - opens) // 60] = per_hour.get((start - opens) // 60, 0) + slot.capacity
    assert all(total <= capacity for total in per_hour.values())
    full_hours = (closes - opens) // 60
    assert all(per_hour.get(hour, 0) == capacity for hour in range(full_hours))


def _draft(**changes: object) -> VisitDraft:
    values: dict[str, object] = {
        "consulate_id": 1,
        "country": "us",
        "city": "  Fresno ",
        "starts_on": DAY,
        "ends_on": DAY,
        **changes,
    }
    return VisitDraft(**values)  # type: ignore[arg-type]


def test_validation_tidies_a_good_draft() -> None:
    clean = validate_visit(
        _draft(venue="  Salón   comunal ", services=(OfferedService(ConsularService.CONSULAR_ID, 6),))
    )
    assert (clean.city, clean.country, clean.venue) == ("Fresno", "US", "Salón comunal")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"city": ""}, "city"),
        ({"ends_on": DAY - dt.timedelta(days=1)}, "ends_on"),
        ({"ends_on": DAY + dt.timedelta(days=30)}, "ends_on"),
        ({"slot_minutes": 7}, "slot_minutes"),
        ({"opens_at": dt.time(12, 0), "closes_at": dt.time(12, 10)}, "closes_at"),
        ({"services": (OfferedService(ConsularService.CONSULAR_ID, 61),)}, "services"),
        (
            {
                "services": (
                    OfferedService(ConsularService.CONSULAR_ID, 2),
                    OfferedService(ConsularService.CONSULAR_ID, 3),
                )
            },
            "services",
        ),
    ],
)
def test_validation_names_the_bad_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(_draft(**changes))
    assert field in caught.value.errors


@pytest.mark.parametrize(
    ("changes", "field", "limit"),
    [
        ({"city": "F" * 201}, "city", 200),
        ({"venue": "Parish hall " * 20}, "venue", 200),
        ({"host_partner": "x" * 201}, "host_partner", 200),
        ({"venue_address": "1200 Tulare St\n" * 150}, "venue_address", 2000),
        ({"team": (TeamMember("Ana " * 60, "clerk"),)}, "team", 200),
        ({"team": (TeamMember("Ana", "r" * 101),)}, "team", 100),
    ],
)
def test_an_over_long_text_is_refused_naming_the_limit_never_cut(
    changes: dict[str, object], field: str, limit: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(_draft(**changes))
    assert caught.value.errors[field] == f"is longer than {limit} characters"


def test_a_text_at_the_limit_is_kept_whole() -> None:
    clean = validate_visit(_draft(venue="v" * 200, city="F" * 200))
    assert (len(clean.venue), len(clean.city)) == (200, 200)
