"""Appointments at mobile visits: free slots, booking without double booking, walk-ins, outcomes.

Every booking runs in one write transaction (``BEGIN IMMEDIATE`` behind the writer lock), so
the capacity check and the insert cannot interleave with another officer's booking.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.text import clean_text
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    ConsularService,
    Slot,
    VisitRecord,
    VisitStatus,
    slot_start_for,
    visit_slots,
)
from diaspora_desk.services.audit import Auditor, record_event
from diaspora_desk.services.clock import Clock
from diaspora_desk.services.consent import apply_consent
from diaspora_desk.services.people import PeopleService
from diaspora_desk.services.person_records import person_record
from diaspora_desk.services.visits import ACTIVE, load_visit, visit_record

ENTITY = "appointment"


def appointment_records(session: Session, stmt_filter: list[object]) -> list[AppointmentRecord]:
    rows = session.execute(
        select(Appointment, Person.given_name, Person.family_name, Person.preferred_language)
        .join(Person, Person.id == Appointment.person_id)
        .where(*stmt_filter)  # type: ignore[arg-type]
        .order_by(Appointment.day, Appointment.starts_at, Appointment.service, Appointment.id)
    ).all()
    person_ids = sorted({a.person_id for a, *_ in rows})
    phones: dict[int, str] = {}
    for person_id, e164 in session.execute(
        select(PersonPhone.person_id, PersonPhone.e164)
        .where(PersonPhone.person_id.in_(person_ids))
        .order_by(PersonPhone.person_id, PersonPhone.position.desc())
    ):
        phones[person_id] = e164  # the last written is position 0: the first phone
    return [
        AppointmentRecord(
            id=a.id,
            visit_id=a.visit_id,
            person_id=a.person_id,
            person_name=" ".join(p for p in (given, family) if p),
            phone=phones.get(a.person_id, ""),
            preferred_language=language or "",
            service=ConsularService(a.service),
            day=a.day,
            starts_at=a.starts_at,
            walk_in=a.walk_in,
            new_registration=a.new_registration,
            status=AppointmentStatus(a.status),
            notes=a.notes,
        )
        for a, given, family, language in rows
    ]


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
            used = self._used(uow.session, visit_id)
        return [
            Slot(s.day, s.starts_at, s.ends_at, s.service, s.capacity, used[(s.day, s.starts_at, s.service)])
            for s in visit_slots(visit, service)
            if day is None or s.day == day
        ]

    def appointments(
        self,
        visit_id: int,
        *,
        day: dt.date | None = None,
        service: ConsularService | None = None,
    ) -> list[AppointmentRecord]:
        """A visit's appointments by day, time and desk."""
        conditions: list[object] = [Appointment.visit_id == visit_id]
        if day is not None:
            conditions.append(Appointment.day == day)
        if service is not None:
            conditions.append(Appointment.service == service.value)
        with self._db.unit_of_work() as uow:
            load_visit(uow.session, visit_id)
            return appointment_records(uow.session, conditions)

    def get(self, appointment_id: int) -> AppointmentRecord:
        with self._db.unit_of_work() as uow:
            found = appointment_records(uow.session, [Appointment.id == appointment_id])
        if not found:
            raise NotFoundError(
                msg("There is no appointment with id {appointment_id}.", appointment_id=appointment_id)
            )
        return found[0]

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
            self._check_slot(session, visit, person_id, service, day, starts_at)
            record = self._insert(session, visit_id, person_id, service, day, starts_at, notes=notes)
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
        if not clean_text(consent_how):
            raise ValidationError({"consent_how": msg("say how the person consented to be registered")})
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            visit = visit_record(session, load_visit(session, visit_id))
            person = Person(created_at=self._clock.now())
            self._people.apply_fields(session, person, fields)
            session.flush()
            if not walk_in:
                self._check_slot(session, visit, person.id, service, day, starts_at)
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
                self._check_walk_in(session, visit, person.id, service, day)
            record = self._insert(
                session,
                visit_id,
                person.id,
                service,
                day,
                starts_at,
                walk_in=walk_in,
                new_registration=True,
                status=status,
            )
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
            self._check_walk_in(session, visit, person_id, service, day)
            record = self._insert(
                session,
                visit_id,
                person_id,
                service,
                day,
                slot_start_for(visit, at),
                walk_in=True,
                status=AppointmentStatus.SERVED,
                notes=notes,
            )
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
                self._check_slot(session, visit, row.person_id, before.service, row.day, row.starts_at)
            row.status = status.value
            row.updated_at = self._clock.now()
            session.flush()
            after = appointment_records(session, [Appointment.id == appointment_id])[0]
            self._auditor.record(session, AuditAction.UPDATE, appointment_id, before, after)
            uow.commit()
            return after

    # Helpers -------------------------------------------------------------------------------
    @staticmethod
    def _used(session: Session, visit_id: int) -> Counter[tuple[dt.date, dt.time, ConsularService]]:
        used: Counter[tuple[dt.date, dt.time, ConsularService]] = Counter()
        for day, starts_at, service, number in session.execute(
            select(Appointment.day, Appointment.starts_at, Appointment.service, func.count())
            .where(
                Appointment.visit_id == visit_id,
                Appointment.status.in_(ACTIVE),
                Appointment.walk_in.is_(False),
            )
            .group_by(Appointment.day, Appointment.starts_at, Appointment.service)
        ):
            used[(day, starts_at, ConsularService(service))] = number
        return used

    def _check_open(self, visit: VisitRecord, service: ConsularService) -> None:
        if visit.status in (VisitStatus.CANCELLED, VisitStatus.DONE):
            raise ValidationError(
                {"visit": msg("the visit is {status}; it takes no bookings", status=visit.status.value)}
            )
        if visit.capacity(service) == 0:
            raise ValidationError(
                {
                    "service": msg(
                        "{title} is not offered at this visit", title=SERVICE_CATALOGUE[service].title
                    )
                }
            )

    def _check_slot(
        self,
        session: Session,
        visit: VisitRecord,
        person_id: int,
        service: ConsularService,
        day: dt.date,
        starts_at: dt.time,
    ) -> None:
        self._check_open(visit, service)
        title = SERVICE_CATALOGUE[service].title
        slot = next(
            (s for s in visit_slots(visit, service) if s.day == day and s.starts_at == starts_at),
            None,
        )
        if slot is None:
            raise ValidationError(
                {
                    "slot": msg(
                        "there is no {title} slot on {day:%Y-%m-%d} at {starts_at:%H:%M} at this visit",
                        title=title,
                        day=day,
                        starts_at=starts_at,
                    )
                }
            )
        booked = self._used(session, visit.id)[(day, starts_at, service)]
        if booked >= slot.capacity:
            raise ValidationError(
                {
                    "slot": msg(
                        "the {starts_at:%H:%M} {title} slot on {day:%Y-%m-%d} is full ({booked} of "
                        "{capacity} places booked)",
                        starts_at=starts_at,
                        title=title,
                        day=day,
                        booked=booked,
                        capacity=slot.capacity,
                    )
                }
            )
        for other in appointment_records(
            session,
            [
                Appointment.visit_id == visit.id,
                Appointment.person_id == person_id,
                Appointment.status.in_(ACTIVE),
            ],
        ):
            if other.service is service:
                raise ValidationError(
                    {
                        "person": msg(
                            "{person_name} already has a {title} appointment at this visit "
                            "({day:%Y-%m-%d} {starts_at:%H:%M})",
                            person_name=other.person_name,
                            title=title,
                            day=other.day,
                            starts_at=other.starts_at,
                        )
                    }
                )
            if other.day == day and other.starts_at == starts_at:
                raise ValidationError(
                    {
                        "person": msg(
                            "{person_name} is already booked at {starts_at:%H:%M} on {day:%Y-%m-%d} "
                            "for {title}",
                            person_name=other.person_name,
                            starts_at=starts_at,
                            day=day,
                            title=SERVICE_CATALOGUE[other.service].title,
                        )
                    }
                )

    def _check_walk_in(
        self, session: Session, visit: VisitRecord, person_id: int, service: ConsularService, day: dt.date
    ) -> None:
        if visit.status is VisitStatus.CANCELLED:
            raise ValidationError({"visit": msg("the visit was cancelled")})
        if visit.capacity(service) == 0:
            raise ValidationError(
                {
                    "service": msg(
                        "{title} is not offered at this visit", title=SERVICE_CATALOGUE[service].title
                    )
                }
            )
        if day not in visit.days:
            raise ValidationError({"day": msg("{day:%Y-%m-%d} is not a day of this visit", day=day)})
        taken = session.scalar(
            select(func.count()).where(
                Appointment.visit_id == visit.id,
                Appointment.person_id == person_id,
                Appointment.service == service.value,
                Appointment.status.in_(ACTIVE),
            )
        )
        if taken:
            raise ValidationError(
                {
                    "person": msg(
                        "this person already has a {title} appointment at this visit; mark it served instead",
                        title=SERVICE_CATALOGUE[service].title,
                    )
                }
            )

    def _insert(
        self,
        session: Session,
        visit_id: int,
        person_id: int,
        service: ConsularService,
        day: dt.date,
        starts_at: dt.time,
        *,
        walk_in: bool = False,
        new_registration: bool = False,
        status: AppointmentStatus = AppointmentStatus.BOOKED,
        notes: str = "",
    ) -> AppointmentRecord:
        row = Appointment(
            visit_id=visit_id,
            person_id=person_id,
            service=service.value,
            day=day,
            starts_at=starts_at,
            walk_in=walk_in,
            new_registration=new_registration,
            status=status.value,
            notes=clean_text(notes, multiline=True)[:2000],
            created_at=self._clock.now(),
            updated_at=self._clock.now(),
        )
        session.add(row)
        session.flush()
        record = appointment_records(session, [Appointment.id == row.id])[0]
        self._auditor.record(session, AuditAction.CREATE, row.id, None, record)
        return record
