"""What the long lists of the Mobile Visits screens ask for (filters, sort order) and show.

A consulate's visits and a busy visit's appointments can run to thousands of rows, so they are
paged, sorted and filtered in SQL (`services/visits/lists.py`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.visits import AppointmentRecord, ConsularService, VisitStatus


class VisitSort(StrEnum):
    TITLE = "title"
    TOWN = "town"
    DATES = "dates"
    STATUS = "status"
    BOOKED = "booked"
    SERVED = "served"
    CONSULATE = "consulate"


@dataclass(frozen=True, slots=True)
class VisitQuery:
    """Visits whose town or title holds `text`; newest first unless sorted otherwise."""

    text: str = ""
    status: VisitStatus | None = None
    consulate_id: int | None = None
    sort: VisitSort = VisitSort.DATES
    descending: bool = True


class AppointmentSort(StrEnum):
    TIME = "time"
    SERVICE = "service"
    PERSON = "person"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class AppointmentQuery:
    """The appointments of one visit, by day and time unless sorted otherwise."""

    visit_id: int
    day: dt.date | None = None
    service: ConsularService | None = None
    sort: AppointmentSort = AppointmentSort.TIME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    """A row of a visit's appointments: the appointment, and whether its person is still on the
    register (archived, or merged into another record whose name is `merged_into`)."""

    appointment: AppointmentRecord
    person_archived: bool = False
    merged_into: str = ""

    @property
    def id(self) -> int:
        return self.appointment.id


@dataclass(frozen=True, slots=True)
class FollowUpQuery:
    """The follow-ups of one visit, in the order they were added."""

    visit_id: int
