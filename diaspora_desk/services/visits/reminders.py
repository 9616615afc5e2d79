"""SMS-reminder exports of mobile visits: a CSV of booked people who consented to consular
contact, each with the reminder text in their language, its encoding and its SMS segments.
The file names people, so writing it is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.reminders import DEFAULT_LANGUAGE, WORDINGS, Reminder, compose_reminder
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    VisitRecord,
)
from diaspora_desk.i18n.formats import official_languages
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import ORIGIN_COUNTRY, read_setting
from diaspora_desk.services.common.tabular import write_csv
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.records import load_visit, place_line, visit_record, write_visit_export

CSV_COLUMNS = ("appointment_id", "day", "time", "service", "name", "phone_e164", "language", "message",
               "message_language", "encoding", "segments")  # fmt: skip


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


class VisitReminders:
    """Writes a visit's SMS-reminder CSV."""

    def __init__(
        self, database: Database, clock: Clock, officer: Callable[[], str], bookings: BookingService
    ) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._bookings = bookings

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
        write_visit_export(
            self._db,
            self._clock,
            self._officer(),
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
