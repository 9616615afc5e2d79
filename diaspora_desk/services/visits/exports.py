"""Visit exports: iCalendar (RFC 5545) of visits and of a visit's appointments; SMS-reminder CSV.

Times are the visit town's local times with a TZID and its VTIMEZONE: the time zone of the
town in the gazetteer, else of the gazetteer's nearest town to the visit's coordinates (floating
times only when neither is known). Each event carries SEQUENCE (how many times the visit was
changed) and LAST-MODIFIED, so a changed or cancelled visit replaces the event already in
Outlook, Thunderbird or Google Calendar instead of adding one. The visits calendar holds no
personal data; the appointments calendar and the reminder CSV name people, so writing them is
audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.db.people_models import Person
from diaspora_desk.db.visit_models import Appointment, MobileVisit
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.reminders import DEFAULT_LANGUAGE, WORDINGS, Reminder, compose_reminder
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.i18n import _
from diaspora_desk.i18n.formats import official_languages
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event, write_audited
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import ORIGIN_COUNTRY, read_setting
from diaspora_desk.services.common.tabular import write_csv
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.records import load_visit, visit_record

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//Diaspora Desk//Mobile consulates//EN"
UID_DOMAIN = "diaspora-desk"
CSV_COLUMNS = ("appointment_id", "day", "time", "service", "name", "phone_e164", "language", "message",
               "message_language", "encoding", "segments")  # fmt: skip
ICS_STATUS = {
    VisitStatus.PLANNED: "TENTATIVE",
    VisitStatus.CONFIRMED: "CONFIRMED",
    VisitStatus.DONE: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}

T = TypeVar("T")


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


@dataclass(frozen=True, slots=True)
class RemindersWritten:
    path: Path
    rows: int
    without_consent: int
    """Booked people left out because they have not consented to consular contact."""
    without_phone: int
    """Consenting people left out because no phone number is recorded."""
    segments: int = 0
    """SMS segments of all the reminders written (what the messages cost)."""
    longer_than_one: int = 0
    """Reminders that take more than one segment (even when asked to keep to one)."""


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


def consulate_language(session: Session) -> str:
    """The language reminders fall back on: the first official language of the origin country
    (CLDR) that has a reminder wording, else English. A Guatemalan consulate falls back on Spanish."""
    spoken = official_languages(read_setting(session, ORIGIN_COUNTRY))
    return next((code for code in spoken if code in WORDINGS), DEFAULT_LANGUAGE)


def reminder(
    visit: VisitRecord,
    appointment: AppointmentRecord,
    *,
    one_segment: bool = False,
    fallback: str = DEFAULT_LANGUAGE,
) -> Reminder:
    """The SMS reminder in the person's preferred language (else ``fallback``, the consulate's):
    when, where, what to bring, who sends it."""
    town = visit.city
    venue = visit.venue if town.casefold() in visit.venue.casefold() else f"{visit.venue}, {town}"
    options = (place_line(visit), venue.strip(", "), town)
    places = tuple(dict.fromkeys(p for p in options if p))
    return compose_reminder(
        appointment.service,
        appointment.day,
        appointment.starts_at,
        places or ("",),
        visit.consulate_name,
        appointment.preferred_language,
        one_segment=one_segment,
        fallback=fallback,
    )


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
        return self._audited(
            visit_id,
            {"export": "appointments_ics", "file": str(path), "rows": len(appointments)},
            path,
            lambda: self._write_calendar(path, [visit], appointments, versions, changed),
        )

    def appointments_csv(self, visit_id: int, path: Path, *, one_segment: bool = False) -> RemindersWritten:
        """Booked appointments of people who consented to consular contact, with reminder text.

        Each reminder is in the person's preferred language (where there is no wording for it,
        the consulate's: :func:`consulate_language`) with its encoding and number of segments;
        `one_segment` shortens each to one.
        """
        require(self._officer, Grant.EXPORT_DELIVERIES)
        appointments = [
            a
            for a in self._bookings.appointments(visit_id)
            if a.status is AppointmentStatus.BOOKED and not a.walk_in
        ]
        ids = sorted({a.person_id for a in appointments})
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            fallback = consulate_language(uow.session)
            consenting = set(
                uow.session.scalars(
                    select(Person.id).where(Person.id.in_(ids), Person.consent_contact.is_(True))
                )
            )
        rows: list[list[str]] = []
        without_consent = without_phone = segments = longer = 0
        for a in appointments:
            if a.person_id not in consenting:
                without_consent += 1
            elif not a.phone:
                without_phone += 1
            else:
                message = reminder(visit, a, one_segment=one_segment, fallback=fallback)
                segments += message.length.segments
                longer += message.length.segments > 1
                rows.append(
                    [
                        str(a.id),
                        f"{a.day:%Y-%m-%d}",
                        f"{a.starts_at:%H:%M}",
                        SERVICE_CATALOGUE[a.service].title,
                        a.person_name,
                        a.phone,
                        a.preferred_language,
                        message.text,
                        message.language,
                        message.length.encoding,
                        str(message.length.segments),
                    ]
                )
        self._audited(
            visit_id,
            {
                "export": "sms_reminders_csv",
                "file": str(path),
                "rows": len(rows),
                "without_consent": without_consent,
                "without_phone": without_phone,
                "segments": segments,
            },
            path,
            lambda: write_csv(path, CSV_COLUMNS, rows, keep_plus=[CSV_COLUMNS.index("phone_e164")]),
        )
        return RemindersWritten(path, len(rows), without_consent, without_phone, segments, longer)

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

    def _audited(self, visit_id: int, after: dict[str, object], path: Path, write: Callable[[], T]) -> T:
        """Write the file with its audit event in one transaction (never a file not audited)."""

        def audit(session: Session) -> None:
            record_event(session, officer=self._officer(), action=AuditAction.EXPORT, at=self._clock.now(),
                         entity_type="mobile_visit", entity_id=visit_id, after=after)  # fmt: skip

        return write_audited(self._db, [path], audit, write)


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
