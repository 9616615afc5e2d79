"""The data behind the visit PDFs: pre-visit briefing, visit report, appointment slip, day schedule.

Counts of people (nationals by town, passports due, people served, new registrations) are
suppressed when 1-4; counts of the team's own service acts (booked, served, delivered per
service) are shown as they are. Slips and day schedules name people: building them is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consulate, Practice
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    ConsularService,
    ServiceResult,
    Slot,
    VisitRecord,
    visit_slots,
)
from diaspora_desk.i18n.formats import person_language
from diaspora_desk.services.accounts.session import require_in
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.privacy import shown, shown_total
from diaspora_desk.services.common.settings import (
    OFFICER_NAME,
    ORIGIN_COUNTRY,
    consulate_record,
    read_setting,
)
from diaspora_desk.services.practices.catalogue import PracticeSummary
from diaspora_desk.services.visits.bookings import (
    read_appointment,
    slots_of,
    visit_appointments,
)
from diaspora_desk.services.visits.catchment import DEFAULT_RADIUS_KM, AreaProfile, area_profile
from diaspora_desk.services.visits.records import load_visit, visit_record
from diaspora_desk.services.visits.registry import visit_results


@dataclass(frozen=True, slots=True)
class VisitHeader:
    consulate: ConsulateRecord | None
    """The consulate that runs the visit."""
    generated_on: dt.date


@dataclass(frozen=True, slots=True)
class PlannedService:
    service: ConsularService
    title: str
    capacity_per_hour: int
    total_capacity: int


@dataclass(frozen=True, slots=True)
class BriefingData:
    header: VisitHeader
    visit: VisitRecord
    services: tuple[PlannedService, ...]
    practices: tuple[PracticeSummary, ...]
    area: AreaProfile | None
    """None when the visit's town has no coordinates."""


@dataclass(frozen=True, slots=True)
class VisitReportData:
    header: VisitHeader
    visit: VisitRecord
    results: tuple[ServiceResult, ...]
    people_booked: str
    people_walk_in: str
    people_total: str
    new_registrations: str
    skills_records: int
    practices: tuple[PracticeSummary, ...]


@dataclass(frozen=True, slots=True)
class SlipData:
    header: VisitHeader
    appointment_id: int
    person_name: str
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    visit_title: str
    venue: str
    venue_address: str
    city: str
    country: str
    service: ConsularService
    service_title: str
    documents: tuple[str, ...]
    contact: str
    language: str | None = None
    """The person's language (else the consulate's) the slip is printed in; None: the report's."""


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    appointment_id: int
    name: str
    status: AppointmentStatus
    walk_in: bool
    new_registration: bool


@dataclass(frozen=True, slots=True)
class ScheduleSlot:
    starts_at: dt.time
    ends_at: dt.time
    capacity: int
    entries: tuple[ScheduleEntry, ...]

    @property
    def free(self) -> int:
        return max(0, self.capacity - sum(1 for e in self.entries if not e.walk_in))


@dataclass(frozen=True, slots=True)
class DeskDay:
    """One service desk on one day: its slots and who is booked in them."""

    day: dt.date
    service: ConsularService
    title: str
    slots: tuple[ScheduleSlot, ...]


@dataclass(frozen=True, slots=True)
class DayScheduleData:
    header: VisitHeader
    visit: VisitRecord
    desks: tuple[DeskDay, ...]


def consulate_contact(consulate: ConsulateRecord | None) -> str:
    if consulate is None:
        return ""
    return f"{consulate.name}, {consulate.city}"


class VisitReports:
    """The visit reports' data, each read in one transaction (calendars are in
    ``calendars.VisitCalendars``, SMS reminders in ``reminders.VisitReminders``). The slip and the
    day schedule name people: each is read in one write transaction that also records the export
    in the audit trail."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str] | None = None) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def briefing(self, visit_id: int, radius_km: float = DEFAULT_RADIUS_KM) -> BriefingData:
        """The plan and the area it serves, for the team before they leave."""
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            header = self._header(uow.session, visit)
            practices = _practices(uow.session, visit.practice_ids)
            area = None
            if visit.latitude is not None and visit.longitude is not None:
                centre = (visit.latitude, visit.longitude)
                area = area_profile(uow.session, visit.id, centre, visit.starts_on, radius_km)
        slots = visit_slots(visit)
        planned = tuple(
            PlannedService(
                o.service,
                SERVICE_CATALOGUE[o.service].title,
                o.capacity_per_hour,
                sum(s.capacity for s in slots if s.service is o.service),
            )
            for o in visit.services
        )
        return BriefingData(header, visit, planned, practices, area)

    def report(self, visit_id: int) -> VisitReportData:
        """Results against plan, people served, follow-ups: the report after the visit."""
        with self._db.unit_of_work() as uow:
            results = visit_results(uow.session, visit_id)
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            header = self._header(uow.session, visit)
            practices = _practices(uow.session, visit.practice_ids)
            served = uow.session.execute(
                select(Appointment.person_id, Appointment.walk_in).where(
                    Appointment.visit_id == visit_id,
                    Appointment.status == AppointmentStatus.SERVED.value,
                )
            ).all()
        booked_people = {person for person, walk_in in served if not walk_in}
        walk_in_people = {person for person, walk_in in served if walk_in} - booked_people
        # Anonymous walk-ins are counted at the desk, one person each.
        walk_ins = len(walk_in_people) + sum(o.walk_ins_served for o in visit.services)
        return VisitReportData(
            header=header,
            visit=visit,
            results=results.services,
            people_booked=shown(len(booked_people)),
            people_walk_in=shown(walk_ins),
            people_total=shown_total([len(booked_people), walk_ins]),
            new_registrations=shown(results.new_registrations),
            skills_records=results.skills_records,
            practices=practices,
        )

    def slip(self, appointment_id: int) -> SlipData:
        """What a person needs to come to their appointment; printing it is audited."""
        with self._db.unit_of_work(write=True) as uow:
            officer = self._require(uow.session)
            appointment = read_appointment(uow.session, appointment_id)
            if appointment.status is AppointmentStatus.CANCELLED:
                raise ValidationError(
                    {
                        "appointment": msg(
                            "appointment {appointment_id} was cancelled", appointment_id=appointment_id
                        )
                    }
                )
            visit = visit_record(uow.session, load_visit(uow.session, appointment.visit_id))
            header = self._header(uow.session, visit)
            data = _slip(header, visit, appointment)
            origin = read_setting(uow.session, ORIGIN_COUNTRY)
            data = dataclasses.replace(data, language=person_language(appointment.preferred_language, origin))
            self._audit(uow.session, "appointment", appointment_id, {"report": "appointment_slip"}, officer)
            uow.commit()
        return data

    def day_schedule(self, visit_id: int, day: dt.date | None = None) -> DayScheduleData:
        """Per desk and day, the slots with the names booked; building it is audited."""
        with self._db.unit_of_work(write=True) as uow:
            officer = self._require(uow.session)
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            if day is not None and day not in visit.days:
                raise ValidationError(
                    {
                        "day": msg(
                            "{day:%Y-%m-%d} is not a day of visit {visit_id} ({visit})",
                            day=day,
                            visit_id=visit_id,
                            visit=_span(visit),
                        )
                    }
                )
            appointments = [
                a
                for a in visit_appointments(uow.session, visit_id, day=day)
                if a.status is not AppointmentStatus.CANCELLED
            ]
            slots = slots_of(uow.session, visit, day=day)
            desks = tuple(
                _desk_day(d, offered.service, slots, appointments, visit.slot_minutes)
                for d in visit.days
                if day is None or d == day
                for offered in visit.services
            )
            header = self._header(uow.session, visit)
            names = sum(len(s.entries) for desk in desks for s in desk.slots)
            self._audit(
                uow.session,
                "mobile_visit",
                visit_id,
                {"report": "day_schedule", "day": day.isoformat() if day else "all", "people": names},
                officer,
            )
            uow.commit()
        return DayScheduleData(header, visit, desks)

    # Helpers -------------------------------------------------------------------------------
    def _header(self, session: Session, visit: VisitRecord) -> VisitHeader:
        consulate = session.get(Consulate, visit.consulate_id)
        return VisitHeader(consulate_record(consulate) if consulate else None, self._clock.today())

    def _require(self, session: Session) -> str:
        """The grant of reports naming people, checked in the report's transaction; the officer."""
        if self._officer is None:
            return read_setting(session, OFFICER_NAME)
        return require_in(self._officer, session, Grant.PERSONAL_REPORTS)

    def _audit(
        self, session: Session, entity: str, entity_id: int, after: dict[str, object], officer: str
    ) -> None:
        record_event(
            session,
            officer=officer,
            action=AuditAction.EXPORT,
            entity_type=entity,
            entity_id=entity_id,
            after=after,
            at=self._clock.now(),
        )


def _slip(header: VisitHeader, visit: VisitRecord, appointment: AppointmentRecord) -> SlipData:
    info = SERVICE_CATALOGUE[appointment.service]
    start = dt.datetime.combine(appointment.day, appointment.starts_at)
    return SlipData(
        header=header,
        appointment_id=appointment.id,
        person_name=appointment.person_name,
        day=appointment.day,
        starts_at=appointment.starts_at,
        ends_at=(start + dt.timedelta(minutes=visit.slot_minutes)).time(),
        visit_title=visit.title,
        venue=visit.venue,
        venue_address=visit.venue_address,
        city=visit.city,
        country=visit.country,
        service=appointment.service,
        service_title=info.title,
        documents=info.documents,
        contact=consulate_contact(header.consulate),
    )


def _span(visit: VisitRecord) -> str:
    return f"{visit.starts_on:%Y-%m-%d} to {visit.ends_on:%Y-%m-%d}"


def _practices(session: Session, ids: tuple[str, ...]) -> tuple[PracticeSummary, ...]:
    titles = dict(session.execute(select(Practice.id, Practice.title).where(Practice.id.in_(ids))).all())
    return tuple(PracticeSummary(i, titles.get(i, "")) for i in ids)


def _desk_day(
    day: dt.date,
    service: ConsularService,
    slots: Sequence[Slot],
    appointments: Sequence[AppointmentRecord],
    slot_minutes: int,
) -> DeskDay:
    here = [a for a in appointments if a.day == day and a.service is service]
    schedule = []
    for slot in (s for s in slots if s.day == day and s.service is service):
        entries = tuple(
            ScheduleEntry(a.id, a.person_name, a.status, a.walk_in, a.new_registration)
            for a in here
            if a.starts_at == slot.starts_at
        )
        schedule.append(ScheduleSlot(slot.starts_at, slot.ends_at, slot.capacity, entries))
    # Walk-ins recorded in a slot that holds no booked places (e.g. a 0-capacity one) still show.
    known = {s.starts_at for s in schedule}
    for a in here:
        if a.starts_at not in known:
            end = (dt.datetime.combine(day, a.starts_at) + dt.timedelta(minutes=slot_minutes)).time()
            entries = tuple(
                ScheduleEntry(b.id, b.person_name, b.status, b.walk_in, b.new_registration)
                for b in here
                if b.starts_at == a.starts_at
            )
            schedule.append(ScheduleSlot(a.starts_at, end, 0, entries))
            known.add(a.starts_at)
    schedule.sort(key=lambda s: s.starts_at)
    return DeskDay(day, service, SERVICE_CATALOGUE[service].title, tuple(schedule))
