"""Calendar exports of mobile visits: iCalendar (RFC 5545) of visits and of a visit's appointments.

Times are the visit town's local times with a TZID and its VTIMEZONE: the time zone of the
town in the gazetteer, else of the gazetteer's nearest town to the visit's coordinates (floating
times only when neither is known). Each event carries SEQUENCE (how many times the visit was
changed) and LAST-MODIFIED, so a changed or cancelled visit replaces the event already in
Outlook, Thunderbird or Google Calendar instead of adding one. The visits calendar holds no
personal data; the appointments calendar names people, so writing it is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.db.visit_models import Appointment, MobileVisit
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.i18n import _
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.tabular import write_atomically
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.records import load_visit, place_line, visit_record, write_visit_export

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//Diaspora Desk//Mobile consulates//EN"
UID_DOMAIN = "diaspora-desk"
ICS_STATUS = {
    VisitStatus.PLANNED: "TENTATIVE",
    VisitStatus.CONFIRMED: "CONFIRMED",
    VisitStatus.DONE: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True, slots=True)
class EventVersion:
    """What a calendar needs to replace an event it already has: zone, sequence, last change."""

    time_zone: str | None
    sequence: int
    last_modified: dt.datetime


@dataclass(frozen=True, slots=True)
class CalendarWritten:
    path: Path
    events: int


def visit_uid(visit_id: int, day: dt.date) -> str:
    return f"visit-{visit_id}-{day:%Y%m%d}@{UID_DOMAIN}"


def appointment_uid(appointment_id: int) -> str:
    return f"appointment-{appointment_id}@{UID_DOMAIN}"


class VisitCalendars:
    """Writes the calendar files of visits and of a visit's appointments."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        officer: Callable[[], str],
        bookings: BookingService,
        gazetteer: Gazetteer,
    ) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._bookings = bookings
        self._gazetteer = gazetteer

    def visit_ics(self, visit_id: int, path: Path) -> CalendarWritten:
        """One VEVENT per day of the visit, from opening to closing time."""
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            versions = self._versions(uow.session, [visit])
        return self._write_calendar(path, [visit], [], versions)

    def visits_ics(self, path: Path) -> CalendarWritten:
        """Every visit's days (cancelled ones with STATUS:CANCELLED, so calendars drop them)."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.scalars(select(MobileVisit).order_by(MobileVisit.starts_on, MobileVisit.id))
            visits = [visit_record(uow.session, row) for row in rows]
            versions = self._versions(uow.session, visits)
        return self._write_calendar(path, visits, [], versions)

    def appointments_ics(self, visit_id: int, path: Path) -> CalendarWritten:
        """The visit's days and one VEVENT per appointment (names, no phones).

        Cancelled appointments stay in the file as cancelled events, so a calendar that had
        them removes them.
        """
        require(self._officer, Grant.EXPORT_DELIVERIES)
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            versions = self._versions(uow.session, [visit])
            changed = dict(
                uow.session.execute(
                    select(Appointment.id, Appointment.updated_at).where(Appointment.visit_id == visit_id)
                ).all()
            )
        appointments = [
            a
            for a in self._bookings.appointments(visit_id)
            if a.status in (AppointmentStatus.BOOKED, AppointmentStatus.SERVED, AppointmentStatus.CANCELLED)
        ]
        return write_visit_export(
            self._db,
            self._clock,
            self._officer(),
            visit_id,
            {"export": "appointments_ics", "file": str(path), "rows": len(appointments)},
            path,
            lambda: self._write_calendar(path, [visit], appointments, versions, changed),
        )

    # Helpers -------------------------------------------------------------------------------
    def _versions(self, session: Session, visits: Sequence[VisitRecord]) -> dict[int, EventVersion]:
        """Each visit's time zone, how often it changed (audited updates) and when it last did."""
        ids = [v.id for v in visits]
        changes = dict(
            session.execute(
                select(AuditEvent.entity_id, func.count())
                .where(
                    AuditEvent.entity_type == "mobile_visit",
                    AuditEvent.action == AuditAction.UPDATE.value,
                    AuditEvent.entity_id.in_([str(i) for i in ids]),
                )
                .group_by(AuditEvent.entity_id)
            ).all()
        )
        modified = dict(
            session.execute(
                select(MobileVisit.id, MobileVisit.updated_at).where(MobileVisit.id.in_(ids))
            ).all()
        )
        return {
            v.id: EventVersion(
                time_zone=self._gazetteer.time_zone(v.country, v.city, v.latitude, v.longitude),
                sequence=changes.get(str(v.id), 0),
                last_modified=modified[v.id].replace(tzinfo=dt.UTC),
            )
            for v in visits
        }

    def _write_calendar(
        self,
        path: Path,
        visits: Sequence[VisitRecord],
        appointments: Sequence[AppointmentRecord],
        versions: dict[int, EventVersion],
        appointments_changed: dict[int, dt.datetime] | None = None,
    ) -> CalendarWritten:
        from icalendar import Calendar

        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        stamp = self._clock.now().replace(tzinfo=dt.UTC)
        events = 0
        for visit in visits:
            for day in visit.days:
                calendar.add_component(_visit_event(visit, day, stamp, versions[visit.id]))
                events += 1
        by_id = {v.id: v for v in visits}
        for appointment in appointments:
            visit = by_id[appointment.visit_id]
            version = versions[visit.id]
            changed = (appointments_changed or {}).get(appointment.id)
            if changed is not None:
                version = dataclasses.replace(
                    version, last_modified=max(version.last_modified, changed.replace(tzinfo=dt.UTC))
                )
            calendar.add_component(_appointment_event(visit, appointment, stamp, version))
            events += 1
        calendar.add_missing_timezones()  # one VTIMEZONE per TZID the events use
        write_atomically(path, calendar.to_ical())
        return CalendarWritten(path, events)


def _local(day: dt.date, time: dt.time, version: EventVersion) -> dt.datetime:
    """A wall-clock time in the visit town's zone (floating when the zone is unknown)."""
    if version.time_zone is None:
        return dt.datetime.combine(day, time)
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(day, time, tzinfo=ZoneInfo(version.time_zone))


def _visit_event(visit: VisitRecord, day: dt.date, stamp: dt.datetime, version: EventVersion) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", visit_uid(visit.id, day))
    event.add("dtstamp", stamp)
    event.add("sequence", version.sequence)
    event.add("last-modified", version.last_modified)
    event.add("dtstart", _local(day, visit.opens_at, version))
    event.add("dtend", _local(day, visit.closes_at, version))
    event.add("summary", visit.title)
    event.add("location", place_line(visit, country=True))
    services = "\n".join(
        f"- {SERVICE_CATALOGUE[o.service].title} ({o.capacity_per_hour}/h)" for o in visit.services
    )
    description = _("Mobile consulate of {consulate}.").format(consulate=visit.consulate_name)
    if services:
        description += "\n" + _("Services:") + "\n" + services
    event.add("description", description)
    event.add("status", ICS_STATUS[visit.status])
    return event


def _appointment_event(
    visit: VisitRecord, appointment: AppointmentRecord, stamp: dt.datetime, version: EventVersion
) -> Event:
    from icalendar import Event

    info = SERVICE_CATALOGUE[appointment.service]
    start = _local(appointment.day, appointment.starts_at, version)
    cancelled = visit.status is VisitStatus.CANCELLED or appointment.status is AppointmentStatus.CANCELLED
    event = Event()
    event.add("uid", appointment_uid(appointment.id))
    event.add("dtstamp", stamp)
    # A booked appointment is the first version; cancelling or serving it is the second, and a
    # change of the visit (hours, venue) counts too.
    booked = appointment.status is AppointmentStatus.BOOKED
    event.add("sequence", version.sequence + (0 if booked else 1))
    event.add("last-modified", version.last_modified)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=visit.slot_minutes))
    event.add("summary", f"{info.title}: {appointment.person_name}")
    event.add("location", place_line(visit, country=True))
    lines = [_("Appointment {id} at {visit}.").format(id=appointment.id, visit=visit.title)]
    if info.documents:
        lines.append(_("Documents to bring: {documents}.").format(documents="; ".join(info.documents)))
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event
