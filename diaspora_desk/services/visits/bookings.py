"""Appointments at mobile visits: free slots, booking without double booking, walk-ins, outcomes.

Every booking runs in one write transaction (``BEGIN IMMEDIATE`` behind the writer lock), so
the capacity check and the insert cannot interleave with another officer's booking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.text import cleaned_within
from diaspora_desk.domain.visits import (
    AppointmentRecord,
    AppointmentStatus,
    ConsularService,
    Slot,
    VisitRecord,
    slot_start_for,
    visit_slots,
)
from diaspora_desk.services.common.audit import Auditor, record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.consent import apply_consent
from diaspora_desk.services.people.records import person_record
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.visits.booking_rules import (
    appointment_records,
    check_slot,
    check_walk_in,
    used_places,
)
from diaspora_desk.services.visits.records import ACTIVE, load_visit, visit_record

ENTITY = "appointment"
# How consent was given is kept in 200 characters (the consent column): longer is refused.
MAX_CONSENT_HOW = 200


def slots_of(
    session: Session,
    visit: VisitRecord,
    *,
    service: ConsularService | None = None,
    day: dt.date | None = None,
) -> list[Slot]:
    """``BookingService.slots`` of a visit already read, in the caller's transaction."""
    used = used_places(session, visit.id)
    return [
        Slot(s.day, s.starts_at, s.ends_at, s.service, s.capacity, used[(s.day, s.starts_at, s.service)])
        for s in visit_slots(visit, service)
        if day is None or s.day == day
    ]


def visit_appointments(
    session: Session,
    visit_id: int,
    *,
    day: dt.date | None = None,
    service: ConsularService | None = None,
) -> list[AppointmentRecord]:
    """A visit's appointments by day, time and desk, in the caller's transaction."""
    conditions: list[object] = [Appointment.visit_id == visit_id]
    if day is not None:
        conditions.append(Appointment.day == day)
    if service is not None:
        conditions.append(Appointment.service == service.value)
    return appointment_records(session, conditions)


def read_appointment(session: Session, appointment_id: int) -> AppointmentRecord:
    found = appointment_records(session, [Appointment.id == appointment_id])
    if not found:
        raise NotFoundError(
            msg("There is no appointment with id {appointment_id}.", appointment_id=appointment_id)
        )
    return found[0]


class BookingService:
    """Books registered or new people into the slots of a visit; records who came."""

    def __init__(
        self,
        database: Database,
        people: PeopleService,
        clock: Clock,
        officer: Callable[[], str],
    ) -> None:
        self._db = database
        self._people = people
        self._clock = clock
        self._officer = officer
        self._auditor = Auditor(ENTITY, officer, clock)

    # Reading -------------------------------------------------------------------------------
    def slots(
        self,
        visit_id: int,
        *,
        service: ConsularService | None = None,
        day: dt.date | None = None,
    ) -> list[Slot]:
        """The visit's slots with how many places each has booked (walk-ins take no slot)."""
        with self._db.unit_of_work() as uow:
            visit = visit_record(uow.session, load_visit(uow.session, visit_id))
            return slots_of(uow.session, visit, service=service, day=day)

    def appointments(
        self,
        visit_id: int,
        *,
        day: dt.date | None = None,
        service: ConsularService | None = None,
    ) -> list[AppointmentRecord]:
        """A visit's appointments by day, time and desk."""
        with self._db.unit_of_work() as uow:
            load_visit(uow.session, visit_id)
            return visit_appointments(uow.session, visit_id, day=day, service=service)

    def get(self, appointment_id: int) -> AppointmentRecord:
        with self._db.unit_of_work() as uow:
            return read_appointment(uow.session, appointment_id)

    # Booking -------------------------------------------------------------------------------
    def book(
        self,
        visit_id: int,
        person_id: int,
        service: ConsularService,
        day: dt.date,
        starts_at: dt.time,
        notes: str = "",
    ) -> AppointmentRecord:
        """Book a registered person; refuses a full slot and a second booking of the same person."""
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            visit = visit_record(session, load_visit(session, visit_id))
            person = session.get(Person, person_id)
            if person is None or person.archived_at is not None or person.merged_into_id is not None:
                raise ValidationError(
                    {"person": msg("there is no active person with id {person_id}", person_id=person_id)}
                )
            check_slot(session, visit, person_id, service, day, starts_at)
            row = Appointment(
                visit_id=visit_id,
                person_id=person_id,
                service=service.value,
                day=day,
                starts_at=starts_at,
                walk_in=False,
                new_registration=False,
                status=AppointmentStatus.BOOKED.value,
            )
            record = self._insert(session, row, notes)
            uow.commit()
            return record

    def book_new_person(
        self,
        visit_id: int,
        draft: PersonDraft,
        consent_how: str,
        service: ConsularService,
        day: dt.date,
        starts_at: dt.time,
        *,
        walk_in: bool = False,
    ) -> AppointmentRecord:
        """Register a person (with their consent to consular contact) and book them, all or nothing."""
        fields = self._people.validate(draft)
        errors: dict[str, str] = {}
        if not cleaned_within(errors, "consent_how", consent_how, MAX_CONSENT_HOW):
            errors["consent_how"] = msg("say how the person consented to be registered")
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            visit = visit_record(session, load_visit(session, visit_id))
            person = Person(created_at=self._clock.now())
            self._people.apply_fields(session, person, fields)
            session.flush()
            if not walk_in:
                check_slot(session, visit, person.id, service, day, starts_at)
            apply_consent(
                session,
                person,
                ConsentPurpose.CONSULAR_CONTACT,
                True,
                on=self._clock.today(),
                how=consent_how,
                officer=self._officer(),
            )
            session.flush()
            record_event(
                session,
                officer=self._officer(),
                action=AuditAction.CREATE,
                entity_type="person",
                entity_id=person.id,
                after=person_record(session, person),
                at=self._clock.now(),
            )
            status = AppointmentStatus.SERVED if walk_in else AppointmentStatus.BOOKED
            if walk_in:
                check_walk_in(session, visit, person.id, service, day)
            row = Appointment(
                visit_id=visit_id,
                person_id=person.id,
                service=service.value,
                day=day,
                starts_at=starts_at,
                walk_in=walk_in,
                new_registration=True,
                status=status.value,
            )
            record = self._insert(session, row)
            uow.commit()
            return record

    def walk_in(
        self,
        visit_id: int,
        person_id: int,
        service: ConsularService,
        day: dt.date,
        at: dt.time,
        notes: str = "",
    ) -> AppointmentRecord:
        """Record a registered person served without an appointment (takes no booked place)."""
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            visit = visit_record(session, load_visit(session, visit_id))
            if session.get(Person, person_id) is None:
                raise ValidationError(
                    {"person": msg("there is no person with id {person_id}", person_id=person_id)}
                )
            check_walk_in(session, visit, person_id, service, day)
            row = Appointment(
                visit_id=visit_id,
                person_id=person_id,
                service=service.value,
                day=day,
                starts_at=slot_start_for(visit, at),
                walk_in=True,
                new_registration=False,
                status=AppointmentStatus.SERVED.value,
            )
            record = self._insert(session, row, notes)
            uow.commit()
            return record

    def set_status(self, appointment_id: int, status: AppointmentStatus) -> AppointmentRecord:
        """Mark served or no-show, cancel, or restore a booking (if its place is still free)."""
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            row = session.get(Appointment, appointment_id)
            if row is None:
                raise NotFoundError(
                    msg("There is no appointment with id {appointment_id}.", appointment_id=appointment_id)
                )
            before = appointment_records(session, [Appointment.id == appointment_id])[0]
            if status is before.status:
                return before
            if (
                status in (AppointmentStatus.SERVED, AppointmentStatus.NO_SHOW)
                and row.day > self._clock.today()
            ):
                raise ValidationError({"status": msg("the appointment has not happened yet")})
            if status.value in ACTIVE and before.status.value not in ACTIVE and not row.walk_in:
                # Back from cancelled or no-show: its place must still be free, like a new booking.
                visit = visit_record(session, load_visit(session, row.visit_id))
                check_slot(session, visit, row.person_id, before.service, row.day, row.starts_at)
            row.status = status.value
            row.updated_at = self._clock.now()
            session.flush()
            after = appointment_records(session, [Appointment.id == appointment_id])[0]
            self._auditor.record(session, AuditAction.UPDATE, appointment_id, before, after)
            uow.commit()
            return after

    # Helpers -------------------------------------------------------------------------------
    def _insert(self, session: Session, row: Appointment, notes: str = "") -> AppointmentRecord:
        """Add ``row`` (a new appointment) with its notes, audited; its record."""
        errors: dict[str, str] = {}
        row.notes = cleaned_within(errors, "notes", notes, 2000, multiline=True)
        if errors:
            raise ValidationError(errors)  # never cut: the write is rolled back
        row.created_at = self._clock.now()
        row.updated_at = self._clock.now()
        session.add(row)
        session.flush()
        record = appointment_records(session, [Appointment.id == row.id])[0]
        self._auditor.record(session, AuditAction.CREATE, row.id, None, record)
        return record
