"""Events (forums, diaspora days, business forums, summer schools) and their registrations.

Counts of registrations and attendance are free to read. The names are not: host authorities
have used diaspora meeting lists to find irregular residents (seed 001), so `attendance` and
`export_attendance` require a reason and write an audit event for every look.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import Campaign, EventRegistration, OutreachEvent
from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.outreach_events import (
    Attendee,
    EventDraft,
    EventKind,
    EventRecord,
    RegistrationStatus,
    validate_event,
)
from diaspora_desk.domain.people import MAX_REASON
from diaspora_desk.domain.text import cleaned_within
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import write_csv
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "outreach_event"
MIN_REASON = 5
ACTIVE = (
    RegistrationStatus.REGISTERED.value,
    RegistrationStatus.ATTENDED.value,
    RegistrationStatus.NO_SHOW.value,
)


def _load(session: Session, event_id: int) -> OutreachEvent:
    row = session.get(OutreachEvent, event_id)
    if row is None:
        raise NotFoundError(msg("There is no event with id {event_id}.", event_id=event_id))
    return row


def _record(session: Session, row: OutreachEvent) -> EventRecord:
    registered, attended = session.execute(
        select(
            func.coalesce(func.sum(case((EventRegistration.status.in_(ACTIVE), 1), else_=0)), 0),
            func.coalesce(
                func.sum(case((EventRegistration.status == RegistrationStatus.ATTENDED.value, 1), else_=0)), 0
            ),
        ).where(EventRegistration.event_id == row.id)
    ).one()
    return EventRecord(
        id=row.id,
        title=row.title,
        kind=EventKind(row.kind),
        country=row.country,
        city=row.city,
        venue=row.venue,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        capacity=row.capacity,
        campaign_id=row.campaign_id,
        practice_ids=links_for(session, ActivityKind.OUTREACH_EVENT, [row.id]).get(row.id, ()),
        follow_ups=row.follow_ups,
        notes=row.notes,
        registered=int(registered),
        attended=int(attended),
        campaign_title=_campaign_title(session, row.campaign_id),
    )


def _campaign_title(session: Session, campaign_id: int | None) -> str:
    if campaign_id is None:
        return ""
    return session.scalar(select(Campaign.title).where(Campaign.id == campaign_id)) or ""


class EventService:
    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._auditor = Auditor(ENTITY, officer, clock)

    def get(self, event_id: int) -> EventRecord:
        with self._db.unit_of_work() as uow:
            return _record(uow.session, _load(uow.session, event_id))

    def all(self, *, campaign_id: int | None = None) -> list[EventRecord]:
        """Events, latest first, with counts of registrations and attendance (no names)."""
        with self._db.unit_of_work() as uow:
            stmt = select(OutreachEvent).order_by(OutreachEvent.starts_on.desc(), OutreachEvent.id.desc())
            if campaign_id is not None:
                stmt = stmt.where(OutreachEvent.campaign_id == campaign_id)
            return [_record(uow.session, row) for row in uow.session.scalars(stmt)]

    def create(self, draft: EventDraft) -> EventRecord:
        clean = validate_event(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = OutreachEvent(created_at=self._clock.now())
            self._apply(uow.session, row, clean)
            record = _record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, event_id: int, draft: EventDraft) -> EventRecord:
        clean = validate_event(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = _load(uow.session, event_id)
            before = _record(uow.session, row)
            self._apply(uow.session, row, clean)
            after = _record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.UPDATE, event_id, before, after)
            uow.commit()
            return after

    def register(self, event_id: int, person_id: int) -> EventRecord:
        """Register a person (again, if they had cancelled); refused when the event is full."""
        with self._db.unit_of_work(write=True) as uow:
            row = _load(uow.session, event_id)
            person = uow.session.get(Person, person_id)
            if person is None or person.merged_into_id is not None:
                raise NotFoundError(msg("There is no person with id {person_id}.", person_id=person_id))
            record = _record(uow.session, row)
            existing = uow.session.get(EventRegistration, (event_id, person_id))
            if existing is not None and existing.status in ACTIVE:
                return record
            if row.capacity is not None and record.registered >= row.capacity:
                raise ValidationError({"capacity": msg("the event is full ({n} places)", n=row.capacity)})
            if existing is None:
                uow.session.add(
                    EventRegistration(
                        event_id=event_id, person_id=person_id, registered_on=self._clock.today()
                    )
                )
            else:
                existing.status = RegistrationStatus.REGISTERED.value
            uow.session.flush()
            after = _record(uow.session, row)
            # The trail says that someone registered, not who: it is read more widely than the list.
            self._auditor.record(
                uow.session,
                AuditAction.UPDATE,
                event_id,
                {"registered": record.registered},
                {"registered": after.registered},
            )
            uow.commit()
            return after

    def set_status(self, event_id: int, person_id: int, status: RegistrationStatus) -> EventRecord:
        with self._db.unit_of_work(write=True) as uow:
            row = _load(uow.session, event_id)
            registration = uow.session.get(EventRegistration, (event_id, person_id))
            if registration is None:
                raise NotFoundError(
                    msg("That person is not registered for event {event_id}.", event_id=event_id)
                )
            registration.status = status.value
            uow.session.flush()
            after = _record(uow.session, row)
            self._auditor.record(
                uow.session,
                AuditAction.UPDATE,
                event_id,
                None,
                {"registered": after.registered, "attended": after.attended},
            )
            uow.commit()
            return after

    def attendance(self, event_id: int, reason: str) -> list[Attendee]:
        """The names on the list (sensitive): only with a reason, and the look is audited."""
        why = self._reason(reason)
        with self._db.unit_of_work(write=True) as uow:
            _load(uow.session, event_id)
            attendees = self._attendees(uow.session, event_id)
            self._auditor.record(
                uow.session,
                AuditAction.VIEW_SENSITIVE,
                event_id,
                None,
                {"field": "attendance", "reason": why, "people": len(attendees)},
            )
            uow.commit()
            return attendees

    def export_attendance(self, event_id: int, path: Path, reason: str) -> int:
        """Write the list as CSV (person id, name, status, registered on); audited with the reason."""
        why = self._reason(reason)
        with self._db.unit_of_work() as uow:
            _load(uow.session, event_id)
            attendees = self._attendees(uow.session, event_id)
        write_csv(
            path,
            ("person_id", "name", "status", "registered_on"),
            [[str(a.person_id), a.name, a.status.value, a.registered_on.isoformat()] for a in attendees],
        )
        with self._db.unit_of_work(write=True) as uow:
            self._auditor.record(
                uow.session,
                AuditAction.EXPORT,
                event_id,
                None,
                {"export": "attendance_csv", "file": str(path), "reason": why, "people": len(attendees)},
            )
            uow.commit()
        return len(attendees)

    def events_of_person(self, person_id: int) -> list[tuple[int, str, RegistrationStatus]]:
        """(event id, title, status) of a person's registrations: for their own record."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(OutreachEvent.id, OutreachEvent.title, EventRegistration.status)
                .join(EventRegistration, EventRegistration.event_id == OutreachEvent.id)
                .where(EventRegistration.person_id == person_id)
                .order_by(OutreachEvent.starts_on)
            ).all()
            return [(i, t, RegistrationStatus(s)) for i, t, s in rows]

    # Helpers -------------------------------------------------------------------------------
    @staticmethod
    def _reason(reason: str) -> str:
        errors: dict[str, str] = {}
        why = cleaned_within(errors, "reason", reason, MAX_REASON)
        if errors:
            raise ValidationError(errors)
        if len(why) < MIN_REASON:
            raise ValidationError({"reason": msg("say why the attendance list is needed")})
        return why

    @staticmethod
    def _attendees(session: Session, event_id: int) -> list[Attendee]:
        rows = session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                EventRegistration.status,
                EventRegistration.registered_on,
                Person.city,
            )
            .join(EventRegistration, EventRegistration.person_id == Person.id)
            .where(EventRegistration.event_id == event_id)
            .order_by(Person.family_name, Person.given_name, Person.id)
        ).all()
        return [
            Attendee(i, f"{given} {family}".strip(), RegistrationStatus(status), on, city)
            for i, given, family, status, on, city in rows
        ]

    def _apply(self, session: Session, row: OutreachEvent, draft: EventDraft) -> None:
        if draft.campaign_id is not None and session.get(Campaign, draft.campaign_id) is None:
            raise ValidationError(
                {
                    "campaign_id": msg(
                        "there is no campaign with id {campaign_id}", campaign_id=draft.campaign_id
                    )
                }
            )
        row.title, row.kind, row.country, row.city = draft.title, draft.kind.value, draft.country, draft.city
        row.venue, row.starts_on, row.ends_on, row.capacity = (
            draft.venue,
            draft.starts_on,
            draft.ends_on,
            draft.capacity,
        )
        row.campaign_id, row.follow_ups, row.notes = draft.campaign_id, draft.follow_ups, draft.notes
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        set_links(session, ActivityKind.OUTREACH_EVENT, row.id, draft.practice_ids)
        session.flush()
