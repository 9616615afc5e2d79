"""Mobile consulate visits: plan, staff, equip and close a visit; its results and follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, Consulate
from diaspora_desk.db.visit_models import (
    Appointment,
    MobileVisit,
    VisitEquipment,
    VisitFollowUp,
    VisitOffer,
    VisitTeamMember,
)
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.text import cleaned_within
from diaspora_desk.domain.visit_rules import MAX_SHORT_TEXT, validate_visit
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentStatus,
    ConsularService,
    FollowUp,
    OfferedService,
    ServiceResult,
    VisitDraft,
    VisitRecord,
    VisitResults,
    VisitStatus,
    VisitSummary,
    visit_slots,
)
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.practices.catalogue import set_links
from diaspora_desk.services.visits.records import ACTIVE, load_visit, visit_record

ENTITY = "mobile_visit"


class VisitService:
    """Creates, changes and reads mobile visits; every change is audited with before and after."""

    def __init__(self, database: Database, gazetteer: Gazetteer, clock: Clock, officer: Callable[[], str]):
        self._db = database
        self._gazetteer = gazetteer
        self._clock = clock
        self._officer = officer
        self._auditor = Auditor(ENTITY, officer, clock)

    def today(self) -> dt.date:
        return self._clock.today()

    # Reading -------------------------------------------------------------------------------
    def get(self, visit_id: int) -> VisitRecord:
        with self._db.unit_of_work() as uow:
            return visit_record(uow.session, load_visit(uow.session, visit_id))

    def list(
        self,
        *,
        status: VisitStatus | None = None,
        consulate_id: int | None = None,
        text: str = "",
    ) -> list[VisitSummary]:
        """Visits, newest first, with how many appointments are booked and served."""
        with self._db.unit_of_work() as uow:
            stmt = (
                select(MobileVisit, Consulate.name)
                .join(Consulate, Consulate.id == MobileVisit.consulate_id)
                .order_by(MobileVisit.starts_on.desc(), MobileVisit.id.desc())
            )
            if status is not None:
                stmt = stmt.where(MobileVisit.status == status.value)
            if consulate_id is not None:
                stmt = stmt.where(MobileVisit.consulate_id == consulate_id)
            if text.strip():
                pattern = f"%{text.strip()}%"
                stmt = stmt.where(MobileVisit.city.ilike(pattern) | MobileVisit.title.ilike(pattern))
            rows = uow.session.execute(stmt).all()
            # Booked: appointments made ahead and not cancelled; served: booked or walk-in.
            booked: Counter[int] = Counter()
            served: Counter[int] = Counter()
            ids = [visit.id for visit, _ in rows]
            for visit_id, status_value, walk_in, number in uow.session.execute(
                select(Appointment.visit_id, Appointment.status, Appointment.walk_in, func.count())
                .where(Appointment.visit_id.in_(ids), Appointment.status != AppointmentStatus.CANCELLED.value)
                .group_by(Appointment.visit_id, Appointment.status, Appointment.walk_in)
            ):
                if not walk_in:
                    booked[visit_id] += number
                if status_value == AppointmentStatus.SERVED.value:
                    served[visit_id] += number
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
                    booked=booked[visit.id],
                    served=served[visit.id],
                )
                for visit, consulate_name in rows
            ]

    def results(self, visit_id: int) -> VisitResults:
        """Per service: capacity, bookings, served, no-shows and walk-ins; new registrations."""
        with self._db.unit_of_work() as uow:
            return visit_results(uow.session, visit_id)

    # Writing -------------------------------------------------------------------------------
    def create(self, draft: VisitDraft) -> VisitRecord:
        clean = self._validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = MobileVisit(created_at=self._clock.now())
            self._apply(uow.session, row, clean)
            record = visit_record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, visit_id: int, draft: VisitDraft) -> VisitRecord:
        clean = self._validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = load_visit(uow.session, visit_id)
            before = visit_record(uow.session, row)
            self._apply(uow.session, row, clean)
            after = visit_record(uow.session, row)
            self._check_bookings_fit(uow.session, after)
            self._auditor.record(uow.session, AuditAction.UPDATE, visit_id, before, after)
            uow.commit()
            return after

    def set_status(self, visit_id: int, status: VisitStatus) -> VisitRecord:
        record = self.get(visit_id)
        if status is VisitStatus.DONE and record.starts_on > self._clock.today():
            raise ValidationError({"status": msg("a visit cannot be done before its first day")})
        return self.update(visit_id, _with(record.draft(), status=status))

    def record_walk_ins(self, visit_id: int, service: ConsularService, count: int) -> VisitRecord:
        """Set the anonymous walk-ins served at a desk (people served without taking names)."""
        record = self.get(visit_id)
        if record.capacity(service) == 0:
            raise ValidationError(
                {"services": msg("{title} is not offered", title=SERVICE_CATALOGUE[service].title)}
            )
        services = tuple(
            OfferedService(
                o.service, o.capacity_per_hour, count if o.service is service else o.walk_ins_served
            )
            for o in record.services
        )
        return self.update(visit_id, _with(record.draft(), services=services))

    def add_follow_up(self, visit_id: int, follow_up: FollowUp) -> VisitRecord:
        errors: dict[str, str] = {}
        description = cleaned_within(errors, "description", follow_up.description, 5000, multiline=True)
        owner = cleaned_within(errors, "owner", follow_up.owner, MAX_SHORT_TEXT)
        if not description:
            errors["description"] = msg("is required")
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work(write=True) as uow:
            row = load_visit(uow.session, visit_id)
            before = visit_record(uow.session, row)
            uow.session.add(
                VisitFollowUp(
                    visit_id=visit_id,
                    description=description,
                    owner=owner,
                    due_on=follow_up.due_on,
                    done_on=follow_up.done_on,
                )
            )
            uow.session.flush()
            after = visit_record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.UPDATE, visit_id, before, after)
            uow.commit()
            return after

    def set_follow_up_done(self, follow_up_id: int, done_on: dt.date | None) -> VisitRecord:
        if done_on is not None and done_on > self._clock.today():
            raise ValidationError({"done_on": msg("is in the future")})
        with self._db.unit_of_work(write=True) as uow:
            item = uow.session.get(VisitFollowUp, follow_up_id)
            if item is None:
                raise NotFoundError(
                    msg("There is no follow-up with id {follow_up_id}.", follow_up_id=follow_up_id)
                )
            row = load_visit(uow.session, item.visit_id)
            before = visit_record(uow.session, row)
            item.done_on = done_on
            uow.session.flush()
            after = visit_record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.UPDATE, row.id, before, after)
            uow.commit()
            return after

    # Helpers -------------------------------------------------------------------------------
    def _validate(self, draft: VisitDraft) -> VisitDraft:
        errors: dict[str, str] = {}
        try:
            clean = validate_visit(draft)
        except ValidationError as exc:
            errors.update(exc.errors)
            clean = draft
        with self._db.unit_of_work() as uow:
            consulate = uow.session.get(Consulate, clean.consulate_id)
            consulate_country = consulate.country if consulate else ""
            if consulate is None:
                errors["consulate_id"] = msg(
                    "there is no consulate with id {consulate_id}", consulate_id=clean.consulate_id
                )
            if clean.host_association_id is not None and (
                uow.session.get(Association, clean.host_association_id) is None
            ):
                errors["host_association_id"] = msg(
                    "there is no association with id {host_association_id}",
                    host_association_id=clean.host_association_id,
                )
        if not clean.country and consulate_country:
            clean = _with(clean, country=consulate_country)
        if errors:
            raise ValidationError(errors)
        return clean

    def _apply(self, session: Session, row: MobileVisit, draft: VisitDraft) -> None:
        place = self._gazetteer.lookup(draft.country, draft.city)
        row.consulate_id, row.country = draft.consulate_id, draft.country
        row.city = place.name if place else draft.city
        row.title = draft.title or f"Mobile consulate in {row.city}"[:MAX_SHORT_TEXT]
        row.latitude = place.latitude if place else None
        row.longitude = place.longitude if place else None
        row.venue, row.venue_address = draft.venue, draft.venue_address
        row.host_association_id, row.host_partner = draft.host_association_id, draft.host_partner
        row.starts_on, row.ends_on = draft.starts_on, draft.ends_on
        row.opens_at, row.closes_at, row.slot_minutes = draft.opens_at, draft.closes_at, draft.slot_minutes
        row.status = draft.status.value
        row.issues_raised, row.notes = draft.issues_raised, draft.notes
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        for table in (VisitOffer, VisitTeamMember, VisitEquipment):
            session.execute(delete(table).where(table.visit_id == row.id))
        session.add_all(
            VisitOffer(
                visit_id=row.id,
                service=o.service.value,
                capacity_per_hour=o.capacity_per_hour,
                walk_ins_served=o.walk_ins_served,
                position=i,
            )
            for i, o in enumerate(draft.services)
        )
        session.add_all(
            VisitTeamMember(visit_id=row.id, name=m.name, role=m.role, position=i)
            for i, m in enumerate(draft.team)
        )
        session.add_all(
            VisitEquipment(visit_id=row.id, item=e.item, packed=e.packed, position=i)
            for i, e in enumerate(draft.equipment)
        )
        set_links(session, ActivityKind.MOBILE_VISIT, row.id, draft.practice_ids)
        session.flush()

    @staticmethod
    def _check_bookings_fit(session: Session, visit: VisitRecord) -> None:
        """Changing services, days or hours must leave every booked appointment a place."""
        capacity = {(s.day, s.starts_at, s.service): s.capacity for s in visit_slots(visit)}
        used: Counter[tuple[dt.date, dt.time, ConsularService]] = Counter()
        for day, starts_at, service in session.execute(
            select(Appointment.day, Appointment.starts_at, Appointment.service).where(
                Appointment.visit_id == visit.id,
                Appointment.status.in_(ACTIVE),
                Appointment.walk_in.is_(False),
            )
        ):
            used[(day, starts_at, ConsularService(service))] += 1
        for (day, starts_at, service), number in sorted(used.items()):
            if number > capacity.get((day, starts_at, service), 0):
                title = SERVICE_CATALOGUE[service].title
                raise ValidationError(
                    {
                        "services": msg(
                            "{number} appointment(s) for {title} on {day:%Y-%m-%d} at "
                            "{starts_at:%H:%M} would lose their place; cancel or move them first",
                            number=number,
                            title=title,
                            day=day,
                            starts_at=starts_at,
                        )
                    }
                )


def _with(draft: VisitDraft, **changes: object) -> VisitDraft:
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def visit_results(session: Session, visit_id: int) -> VisitResults:
    """Per service: capacity, bookings, served, no-shows and walk-ins; new registrations."""
    record = visit_record(session, load_visit(session, visit_id))
    tally: Counter[tuple[str, str, bool]] = Counter()
    new_registrations = 0
    for service, status, walk_in, new, number in session.execute(
        select(
            Appointment.service,
            Appointment.status,
            Appointment.walk_in,
            Appointment.new_registration,
            func.count(),
        )
        .where(Appointment.visit_id == visit_id)
        .group_by(Appointment.service, Appointment.status, Appointment.walk_in, Appointment.new_registration)
    ):
        tally[(service, status, walk_in)] += number
        if new and status == AppointmentStatus.SERVED.value:
            new_registrations += number
    slots = visit_slots(record)
    results = []
    for offered in record.services:
        code = offered.service.value
        served_booked = tally[(code, AppointmentStatus.SERVED.value, False)]
        results.append(
            ServiceResult(
                service=offered.service,
                capacity=sum(s.capacity for s in slots if s.service is offered.service),
                booked=tally[(code, AppointmentStatus.BOOKED.value, False)]
                + served_booked
                + tally[(code, AppointmentStatus.NO_SHOW.value, False)],
                served_booked=served_booked,
                no_show=tally[(code, AppointmentStatus.NO_SHOW.value, False)],
                walk_ins=tally[(code, AppointmentStatus.SERVED.value, True)] + offered.walk_ins_served,
            )
        )
    skills = next(
        (r.delivered for r in results if r.service is ConsularService.SKILLS_REGISTRATION),
        0,
    )
    return VisitResults(
        visit_id=visit_id,
        services=tuple(results),
        new_registrations=new_registrations,
        skills_records=skills,
        follow_ups_open=sum(1 for f in record.follow_ups if f.done_on is None),
        follow_ups=record.follow_ups,
    )
