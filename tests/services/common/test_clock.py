"""The clocks: the system's (UTC) for the audit, a fixed one for tests and the demo."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.services.common.clock import FixedClock, SystemClock


def _utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def test_the_system_clock_tells_utc_time_to_the_second() -> None:
    before = _utc().replace(microsecond=0)
    now = SystemClock().now()
    assert now.tzinfo is None
    assert now.microsecond == 0  # audit times read the same wherever the officer's machine is
    assert before <= now <= _utc()
    assert SystemClock().today() in {before.date(), dt.date.today()}


def test_a_fixed_clock_always_tells_the_same_moment() -> None:
    clock = FixedClock(dt.datetime(2026, 11, 24, 9, 30))
    assert clock.now() == dt.datetime(2026, 11, 24, 9, 30)
    assert clock.today() == dt.date(2026, 11, 24)
