"""Slots from opening hours and capacity (the rules of a visit draft: test_visit_rules.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.visits import (
    SLOT_MINUTES,
    ConsularService,
    day_slots,
    slot_capacities,
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
