"""Visit exports: iCalendar (RFC 5545) of visits and of a visit's appointments; SMS-reminder CSV.

Times are floating local times (no TZID): a visit opens at 09:00 wherever it is, and the
gazetteer holds no time zones. The visits calendar holds no personal data; the appointments
calendar and the reminder CSV name people, so writing them is audited.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.db.visit_models import MobileVisit
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.i18n import _
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import write_csv
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.records import load_visit, visit_record

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//Diaspora Desk//Mobile consulates//EN"
UID_DOMAIN = "diaspora-desk"
CSV_COLUMNS = (
    "appointment_id",
    "day",
    "time",
    "service",
    "name",
    "phone_e164",
    "language",
    "message",
)
ICS_STATUS = {
    VisitStatus.PLANNED: "TENTATIVE",
    VisitStatus.CONFIRMED: "CONFIRMED",
    VisitStatus.DONE: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True, slots=True)
class CalendarWritten:
    path: Path
    events: int


@dataclass(frozen=True, slots=True)
class RemindersWritten:
    path: Path
    rows: int
    without_consent: int
    """Booked people left out because they have not consented to consular contact."""
    without_phone: int
    """Consenting people left out because no phone number is recorded."""


def visit_uid(visit_id: int, day: dt.date) -> str:
    return f"visit-{visit_id}-{day:%Y%m%d}@{UID_DOMAIN}"


def appointment_uid(appointment_id: int) -> str:
    return f"appointment-{appointment_id}@{UID_DOMAIN}"


def place_line(visit: VisitRecord, *, country: bool = False) -> str:
    """Venue, address and town (unless already named) on one line; the country if asked."""
    parts = [p for p in (visit.venue, " ".join(visit.venue_address.split())) if p]
    if visit.city.casefold() not in " ".join(parts).casefold():
        parts.append(visit.city)
    if country:
        parts.append(country_name(visit.country))
    return ", ".join(parts)


def reminder_text(visit: VisitRecord, appointment: AppointmentRecord, consulate: str) -> str:
    """The SMS reminder: when, where, what to bring, and who sends it."""
    info = SERVICE_CATALOGUE[appointment.service]
    text = _("Reminder: {service} at the mobile consulate on {day} at {time}, {place}.").format(
        service=info.title,
        day=f"{appointment.day:%Y-%m-%d}",
        time=f"{appointment.starts_at:%H:%M}",
        place=place_line(visit),
    )
    if info.documents:
        text += " " + _("Bring: {documents}.").format(documents="; ".join(info.documents))
    if consulate:
        text += " " + consulate
    return text


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            msg("Cannot write {path}: {reason}", path=path, reason=exc.strerror or str(exc))
        ) from None


class VisitExport:
    """Writes a visit's calendar files and its SMS-reminder CSV."""

    def __init__(
        self, database: Database, clock: Clock, officer: Callable[[], str], bookings: BookingService
    ) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._bookings = bookings

    def visit_ics(self, visit_id: int, path: Path) -> CalendarWritten:
        """One VEVENT per day of the visit, from opening to closing time."""
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
        return self._write_calendar(path, [visit], [])

    def visits_ics(self, path: Path) -> CalendarWritten:
        """Every visit's days (cancelled ones with STATUS:CANCELLED, so calendars drop them)."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.scalars(select(MobileVisit).order_by(MobileVisit.starts_on, MobileVisit.id))
            visits = [visit_record(uow.session, row) for row in rows]
        return self._write_calendar(path, visits, [])

    def appointments_ics(self, visit_id: int, path: Path) -> CalendarWritten:
        """The visit's days and one VEVENT per booked or served appointment (names, no phones)."""
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
        appointments = [
            a
            for a in self._bookings.appointments(visit_id)
            if a.status in (AppointmentStatus.BOOKED, AppointmentStatus.SERVED)
        ]
        written = self._write_calendar(path, [visit], appointments)
        self._audit(visit_id, {"export": "appointments_ics", "file": str(path), "rows": len(appointments)})
        return written

    def appointments_csv(self, visit_id: int, path: Path) -> RemindersWritten:
        """Booked appointments of people who consented to consular contact, with reminder text."""
        appointments = [
            a
            for a in self._bookings.appointments(visit_id)
            if a.status is AppointmentStatus.BOOKED and not a.walk_in
        ]
        ids = sorted({a.person_id for a in appointments})
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            consenting = set(
                uow.session.scalars(
                    select(Person.id).where(Person.id.in_(ids), Person.consent_contact.is_(True))
                )
            )
        rows: list[list[str]] = []
        without_consent = without_phone = 0
        for a in appointments:
            if a.person_id not in consenting:
                without_consent += 1
            elif not a.phone:
                without_phone += 1
            else:
                rows.append(
                    [
                        str(a.id),
                        f"{a.day:%Y-%m-%d}",
                        f"{a.starts_at:%H:%M}",
                        SERVICE_CATALOGUE[a.service].title,
                        a.person_name,
                        a.phone,
                        a.preferred_language,
                        reminder_text(visit, a, visit.consulate_name),
                    ]
                )
        write_csv(path, CSV_COLUMNS, rows, keep_plus=[CSV_COLUMNS.index("phone_e164")])
        self._audit(
            visit_id,
            {
                "export": "sms_reminders_csv",
                "file": str(path),
                "rows": len(rows),
                "without_consent": without_consent,
                "without_phone": without_phone,
            },
        )
        return RemindersWritten(path, len(rows), without_consent, without_phone)

    # Helpers -------------------------------------------------------------------------------
    def _write_calendar(
        self, path: Path, visits: Sequence[VisitRecord], appointments: Sequence[AppointmentRecord]
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
                calendar.add_component(_visit_event(visit, day, stamp))
                events += 1
        by_id = {v.id: v for v in visits}
        for appointment in appointments:
            calendar.add_component(_appointment_event(by_id[appointment.visit_id], appointment, stamp))
            events += 1
        write_atomically(path, calendar.to_ical())
        return CalendarWritten(path, events)

    def _audit(self, visit_id: int, after: dict[str, object]) -> None:
        with self._db.unit_of_work(write=True) as uow:
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.EXPORT,
                entity_type="mobile_visit",
                entity_id=visit_id,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()


def _visit_event(visit: VisitRecord, day: dt.date, stamp: dt.datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", visit_uid(visit.id, day))
    event.add("dtstamp", stamp)
    event.add("dtstart", dt.datetime.combine(day, visit.opens_at))
    event.add("dtend", dt.datetime.combine(day, visit.closes_at))
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


def _appointment_event(visit: VisitRecord, appointment: AppointmentRecord, stamp: dt.datetime) -> Event:
    from icalendar import Event

    info = SERVICE_CATALOGUE[appointment.service]
    start = dt.datetime.combine(appointment.day, appointment.starts_at)
    event = Event()
    event.add("uid", appointment_uid(appointment.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=visit.slot_minutes))
    event.add("summary", f"{info.title}: {appointment.person_name}")
    event.add("location", place_line(visit, country=True))
    lines = [_("Appointment {id} at {visit}.").format(id=appointment.id, visit=visit.title)]
    if info.documents:
        lines.append(_("Documents to bring: {documents}.").format(documents="; ".join(info.documents)))
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if visit.status is VisitStatus.CANCELLED else "CONFIRMED")
    return event
