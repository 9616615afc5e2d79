"""Pages of the long lists of the Mobile Visits screens: visits, a visit's appointments, its
follow-ups. Each call is one short read; sorting, filtering, counting and paging happen in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consulate
from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.db.visit_models import Appointment, MobileVisit, VisitFollowUp
from diaspora_desk.domain.visit_lists import (
    AppointmentQuery,
    AppointmentRow,
    AppointmentSort,
    FollowUpQuery,
    VisitQuery,
    VisitSort,
)
from diaspora_desk.domain.visits import (
    AppointmentRecord,
    AppointmentStatus,
    ConsularService,
    FollowUp,
    VisitStatus,
    VisitSummary,
)

_CANCELLED = AppointmentStatus.CANCELLED.value
_SERVED = AppointmentStatus.SERVED.value


def _booked() -> Any:
    """Appointments made ahead and not cancelled, per visit (a correlated count)."""
    return (
        select(func.count())
        .where(Appointment.visit_id == MobileVisit.id, Appointment.status != _CANCELLED)
        .where(Appointment.walk_in.is_(False))
        .scalar_subquery()
    )


def _served() -> Any:
    """Appointments served, booked or walk-in, per visit."""
    return (
        select(func.count())
        .where(Appointment.visit_id == MobileVisit.id, Appointment.status == _SERVED)
        .scalar_subquery()
    )


def _visit_filter(query: VisitQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.status is not None:
        conditions.append(MobileVisit.status == query.status.value)
    if query.consulate_id is not None:
        conditions.append(MobileVisit.consulate_id == query.consulate_id)
    if query.text.strip():
        pattern = f"%{query.text.strip()}%"
        conditions.append(MobileVisit.city.ilike(pattern) | MobileVisit.title.ilike(pattern))
    return conditions


def _visit_order(query: VisitQuery, booked: Any, served: Any) -> list[Any]:
    keys: dict[VisitSort, Sequence[Any]] = {
        VisitSort.TITLE: (func.lower(MobileVisit.title),),
        VisitSort.TOWN: (func.lower(MobileVisit.city), MobileVisit.country),
        VisitSort.DATES: (MobileVisit.starts_on,),
        VisitSort.STATUS: (MobileVisit.status,),
        VisitSort.BOOKED: (booked,),
        VisitSort.SERVED: (served,),
        VisitSort.CONSULATE: (func.lower(Consulate.name),),
    }
    ordered = [*keys[query.sort], MobileVisit.id]
    return [key.desc() if query.descending else key.asc() for key in ordered]


class VisitLists:
    """Counts and pages of visits, appointments and follow-ups (frozen records, never ORM rows)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # Visits ------------------------------------------------------------------------------------
    def count_visits(self, query: VisitQuery) -> int:
        with self._db.unit_of_work() as uow:
            stmt = select(func.count()).select_from(MobileVisit).where(*_visit_filter(query))
            return int(uow.session.scalar(stmt) or 0)

    def visits(self, query: VisitQuery, offset: int, limit: int) -> list[VisitSummary]:
        """A page of visits with how many appointments are booked and served."""
        booked, served = _booked(), _served()
        stmt = (
            select(MobileVisit, Consulate.name, booked, served)
            .join(Consulate, Consulate.id == MobileVisit.consulate_id)
            .where(*_visit_filter(query))
            .order_by(*_visit_order(query, booked, served))
            .offset(max(0, offset))
            .limit(limit)
        )
        with self._db.unit_of_work() as uow:
            return [
                VisitSummary(
                    id=visit.id,
                    title=visit.title,
                    city=visit.city,
                    country=visit.country,
                    starts_on=visit.starts_on,
                    ends_on=visit.ends_on,
                    status=VisitStatus(visit.status),
                    consulate_name=consulate_name,
                    booked=booked_count,
                    served=served_count,
                )
                for visit, consulate_name, booked_count, served_count in uow.session.execute(stmt)
            ]

    # Appointments ------------------------------------------------------------------------------
    def count_appointments(self, query: AppointmentQuery) -> int:
        stmt = select(func.count()).select_from(Appointment).where(*_appointment_filter(query))
        with self._db.unit_of_work() as uow:
            return int(uow.session.scalar(stmt) or 0)

    def appointments(self, query: AppointmentQuery, offset: int, limit: int) -> list[AppointmentRow]:
        """A page of a visit's appointments, each with its person's standing on the register."""
        kept = aliased(Person)
        stmt = (
            select(Appointment, Person, kept.given_name, kept.family_name)
            .join(Person, Person.id == Appointment.person_id)
            .outerjoin(kept, kept.id == Person.merged_into_id)
            .where(*_appointment_filter(query))
            .order_by(*_appointment_order(query))
            .offset(max(0, offset))
            .limit(limit)
        )
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(stmt).all()
            phones = _first_phones(uow.session, {a.person_id for a, *_ in rows})
            return [
                AppointmentRow(
                    appointment=_record(a, p, phones.get(a.person_id, "")),
                    person_archived=p.archived_at is not None and p.merged_into_id is None,
                    merged_into=_name(kept_given, kept_family) if p.merged_into_id is not None else "",
                )
                for a, p, kept_given, kept_family in rows
            ]

    def appointments_of(self, person_ids: Sequence[int] | None, limit: int = 20) -> list[AppointmentRecord]:
        """The appointments of these people at any visit (of everyone when None), latest first:
        what a picker offers once the people's search has found them by name."""
        stmt = select(Appointment, Person).join(Person, Person.id == Appointment.person_id)
        if person_ids is not None:
            stmt = stmt.where(Appointment.person_id.in_(list(person_ids)))
        stmt = stmt.order_by(Appointment.day.desc(), Appointment.starts_at.desc(), Appointment.id.desc())
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(stmt.limit(limit)).all()
            phones = _first_phones(uow.session, {a.person_id for a, _p in rows})
            return [_record(a, p, phones.get(a.person_id, "")) for a, p in rows]

    # Follow-ups --------------------------------------------------------------------------------
    def count_follow_ups(self, query: FollowUpQuery) -> int:
        stmt = select(func.count()).where(VisitFollowUp.visit_id == query.visit_id)
        with self._db.unit_of_work() as uow:
            return int(uow.session.scalar(stmt) or 0)

    def follow_ups(self, query: FollowUpQuery, offset: int, limit: int) -> list[FollowUp]:
        stmt = (
            select(VisitFollowUp)
            .where(VisitFollowUp.visit_id == query.visit_id)
            .order_by(VisitFollowUp.id)
            .offset(max(0, offset))
            .limit(limit)
        )
        with self._db.unit_of_work() as uow:
            return [
                FollowUp(f.description, f.owner, f.due_on, f.done_on, f.id) for f in uow.session.scalars(stmt)
            ]


def _appointment_filter(query: AppointmentQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Appointment.visit_id == query.visit_id]
    if query.day is not None:
        conditions.append(Appointment.day == query.day)
    if query.service is not None:
        conditions.append(Appointment.service == query.service.value)
    return conditions


def _appointment_order(query: AppointmentQuery) -> list[Any]:
    time = (Appointment.day, Appointment.starts_at)
    keys: dict[AppointmentSort, Sequence[Any]] = {
        AppointmentSort.TIME: (*time, Appointment.service),
        AppointmentSort.SERVICE: (Appointment.service, *time),
        AppointmentSort.PERSON: (func.lower(Person.family_name), func.lower(Person.given_name), *time),
        AppointmentSort.STATUS: (Appointment.status, *time),
    }
    ordered = [*keys[query.sort], Appointment.id]
    return [key.desc() if query.descending else key.asc() for key in ordered]


def _first_phones(session: Session, person_ids: set[int]) -> dict[int, str]:
    phones: dict[int, str] = {}
    for person_id, e164 in session.execute(
        select(PersonPhone.person_id, PersonPhone.e164)
        .where(PersonPhone.person_id.in_(sorted(person_ids)))
        .order_by(PersonPhone.person_id, PersonPhone.position.desc())
    ):
        phones[person_id] = e164  # the last written is position 0: the first phone
    return phones


def _name(given: str | None, family: str | None) -> str:
    return " ".join(p for p in (given, family) if p)


def _record(a: Appointment, person: Person, phone: str) -> AppointmentRecord:
    return AppointmentRecord(
        id=a.id,
        visit_id=a.visit_id,
        person_id=a.person_id,
        person_name=_name(person.given_name, person.family_name),
        phone=phone,
        preferred_language=person.preferred_language or "",
        service=ConsularService(a.service),
        day=a.day,
        starts_at=a.starts_at,
        walk_in=a.walk_in,
        new_registration=a.new_registration,
        status=AppointmentStatus(a.status),
        notes=a.notes,
    )
