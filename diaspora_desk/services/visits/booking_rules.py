"""The booking rules of a mobile visit: what is free, what is open, who may not be booked twice.

Each check runs inside the caller's write transaction, so the count it reads cannot change
before the booking is written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentRecord,
    AppointmentStatus,
    ConsularService,
    VisitRecord,
    VisitStatus,
    visit_slots,
)
from diaspora_desk.services.visits.records import ACTIVE


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


def used_places(session: Session, visit_id: int) -> Counter[tuple[dt.date, dt.time, ConsularService]]:
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


def check_open(visit: VisitRecord, service: ConsularService) -> None:
    if visit.status in (VisitStatus.CANCELLED, VisitStatus.DONE):
        raise ValidationError(
            {"visit": msg("the visit is {status}; it takes no bookings", status=visit.status.value)}
        )
    if visit.capacity(service) == 0:
        raise ValidationError(
            {"service": msg("{title} is not offered at this visit", title=SERVICE_CATALOGUE[service].title)}
        )


def check_slot(
    session: Session,
    visit: VisitRecord,
    person_id: int,
    service: ConsularService,
    day: dt.date,
    starts_at: dt.time,
) -> None:
    check_open(visit, service)
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
    booked = used_places(session, visit.id)[(day, starts_at, service)]
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
                        "{person_name} is already booked at {starts_at:%H:%M} on {day:%Y-%m-%d} for {title}",
                        person_name=other.person_name,
                        starts_at=starts_at,
                        day=day,
                        title=SERVICE_CATALOGUE[other.service].title,
                    )
                }
            )


def check_walk_in(
    session: Session, visit: VisitRecord, person_id: int, service: ConsularService, day: dt.date
) -> None:
    if visit.status is VisitStatus.CANCELLED:
        raise ValidationError({"visit": msg("the visit was cancelled")})
    if visit.capacity(service) == 0:
        raise ValidationError(
            {"service": msg("{title} is not offered at this visit", title=SERVICE_CATALOGUE[service].title)}
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
