"""Mobile consulates: visits, appointments and appointment slots (their validation is in
`visit_rules.py`).

Pure code: no I/O. Services turn rows into the records defined here and back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

# The catalogue lives in its own module; re-exported here, where most callers look for it.
from diaspora_desk.domain.consular_services import BASE_EQUIPMENT as BASE_EQUIPMENT
from diaspora_desk.domain.consular_services import SERVICE_CATALOGUE as SERVICE_CATALOGUE
from diaspora_desk.domain.consular_services import ConsularService as ConsularService
from diaspora_desk.domain.consular_services import ServiceInfo as ServiceInfo
from diaspora_desk.domain.consular_services import default_equipment as default_equipment

MAX_VISIT_DAYS = 14
SLOT_MINUTES = (10, 15, 20, 30, 60)
MAX_CAPACITY_PER_HOUR = 60


class VisitStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    SERVED = "served"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# A booked or served appointment holds its place; cancelled and no-show ones do not.
ACTIVE_APPOINTMENT = (AppointmentStatus.BOOKED, AppointmentStatus.SERVED)


@dataclass(frozen=True, slots=True)
class OfferedService:
    service: ConsularService
    capacity_per_hour: int
    walk_ins_served: int = 0


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class EquipmentItem:
    item: str
    packed: bool = False


@dataclass(frozen=True, slots=True)
class FollowUp:
    description: str
    owner: str
    due_on: dt.date | None
    done_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class VisitDraft:
    """Unvalidated visit fields as typed in the dialog or the CLI."""

    consulate_id: int
    country: str
    city: str
    starts_on: dt.date
    ends_on: dt.date
    opens_at: dt.time = dt.time(9, 0)
    closes_at: dt.time = dt.time(16, 0)
    slot_minutes: int = 20
    title: str = ""
    venue: str = ""
    venue_address: str = ""
    host_association_id: int | None = None
    host_partner: str = ""
    status: VisitStatus = VisitStatus.PLANNED
    services: tuple[OfferedService, ...] = ()
    team: tuple[TeamMember, ...] = ()
    equipment: tuple[EquipmentItem, ...] = ()
    practice_ids: tuple[str, ...] = ()
    issues_raised: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: int
    consulate_id: int
    consulate_name: str
    title: str
    country: str
    city: str
    latitude: float | None
    longitude: float | None
    venue: str
    venue_address: str
    host_association_id: int | None
    host_association_name: str
    host_partner: str
    starts_on: dt.date
    ends_on: dt.date
    opens_at: dt.time
    closes_at: dt.time
    slot_minutes: int
    status: VisitStatus
    services: tuple[OfferedService, ...]
    team: tuple[TeamMember, ...]
    equipment: tuple[EquipmentItem, ...]
    follow_ups: tuple[FollowUp, ...]
    practice_ids: tuple[str, ...]
    issues_raised: str
    notes: str

    @property
    def days(self) -> tuple[dt.date, ...]:
        count = (self.ends_on - self.starts_on).days + 1
        return tuple(self.starts_on + dt.timedelta(days=i) for i in range(count))

    def capacity(self, service: ConsularService) -> int:
        for offered in self.services:
            if offered.service is service:
                return offered.capacity_per_hour
        return 0

    def draft(self) -> VisitDraft:
        """The visit as a draft, to change a few fields and save again."""
        return VisitDraft(
            consulate_id=self.consulate_id,
            country=self.country,
            city=self.city,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            opens_at=self.opens_at,
            closes_at=self.closes_at,
            slot_minutes=self.slot_minutes,
            title=self.title,
            venue=self.venue,
            venue_address=self.venue_address,
            host_association_id=self.host_association_id,
            host_partner=self.host_partner,
            status=self.status,
            services=self.services,
            team=self.team,
            equipment=self.equipment,
            practice_ids=self.practice_ids,
            issues_raised=self.issues_raised,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """A row of the visits list."""

    id: int
    title: str
    city: str
    country: str
    starts_on: dt.date
    ends_on: dt.date
    status: VisitStatus
    consulate_name: str
    booked: int
    served: int


@dataclass(frozen=True, slots=True)
class Slot:
    """A bookable time at one service desk, with how many places it holds and has left."""

    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    service: ConsularService
    capacity: int
    booked: int = 0

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    id: int
    visit_id: int
    person_id: int
    person_name: str
    phone: str
    preferred_language: str
    service: ConsularService
    day: dt.date
    starts_at: dt.time
    walk_in: bool
    new_registration: bool
    status: AppointmentStatus
    notes: str


@dataclass(frozen=True, slots=True)
class ServiceResult:
    """Results of one service at a visit: planned capacity against what was delivered."""

    service: ConsularService
    capacity: int
    booked: int
    served_booked: int
    no_show: int
    walk_ins: int

    @property
    def delivered(self) -> int:
        return self.served_booked + self.walk_ins


@dataclass(frozen=True, slots=True)
class VisitResults:
    visit_id: int
    services: tuple[ServiceResult, ...]
    new_registrations: int
    skills_records: int
    follow_ups_open: int
    follow_ups: tuple[FollowUp, ...] = field(default=())

    @property
    def delivered(self) -> int:
        return sum(s.delivered for s in self.services)

    @property
    def booked(self) -> int:
        return sum(s.booked for s in self.services)

    @property
    def walk_ins(self) -> int:
        return sum(s.walk_ins for s in self.services)


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def slot_capacities(capacity_per_hour: int, slot_minutes: int) -> list[int]:
    """Spread an hourly capacity over the slots of one hour, so each hour sums to it exactly.

    The places are spread evenly and the hour's first slot always has one: 2 an hour in
    20-minute slots is 1, 1, 0; in 10-minute slots 1, 0, 0, 1, 0, 0.
    """
    per_hour = 60 // slot_minutes
    return [
        -(-(k + 1) * capacity_per_hour // per_hour) + (k * capacity_per_hour // -per_hour)
        for k in range(per_hour)
    ]


def day_slots(
    day: dt.date,
    opens_at: dt.time,
    closes_at: dt.time,
    slot_minutes: int,
    service: ConsularService,
    capacity_per_hour: int,
) -> list[Slot]:
    """The slots of one service desk on one day; slots that would hold no one are left out.

    Hours count from opening time, so a desk open 09:30 to 12:00 offers its full hourly
    capacity in 09:30-10:30 and 10:30-11:30, and its first-half-hour share in 11:30-12:00.
    """
    shares = slot_capacities(capacity_per_hour, slot_minutes)
    start, end = _minutes(opens_at), _minutes(closes_at)
    slots = []
    index = 0
    while start + slot_minutes <= end:
        capacity = shares[index % len(shares)]
        if capacity:
            slots.append(Slot(day, _time(start), _time(start + slot_minutes), service, capacity))
        start += slot_minutes
        index += 1
    return slots


def visit_slots(visit: VisitRecord, service: ConsularService | None = None) -> list[Slot]:
    """Every slot of a visit (or of one service), by day, time and service."""
    slots: list[Slot] = []
    for day in visit.days:
        for offered in visit.services:
            if service is not None and offered.service is not service:
                continue
            slots.extend(
                day_slots(
                    day,
                    visit.opens_at,
                    visit.closes_at,
                    visit.slot_minutes,
                    offered.service,
                    offered.capacity_per_hour,
                )
            )
    slots.sort(key=lambda s: (s.day, s.starts_at, list(ConsularService).index(s.service)))
    return slots


def slot_start_for(visit: VisitRecord, at: dt.time) -> dt.time:
    """The start of the slot containing ``at`` (walk-ins are recorded in the slot they came in)."""
    start = _minutes(visit.opens_at)
    offset = max(0, _minutes(at) - start)
    return _time(start + offset // visit.slot_minutes * visit.slot_minutes)
