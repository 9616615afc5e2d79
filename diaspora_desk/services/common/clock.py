"""Time source, injectable so tests and deterministic reports control "today"."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class FixedClock:
    """A clock stopped at one moment."""

    def __init__(self, moment: dt.datetime) -> None:
        self._moment = moment

    def today(self) -> dt.date:
        return self._moment.date()

    def now(self) -> dt.datetime:
        return self._moment
