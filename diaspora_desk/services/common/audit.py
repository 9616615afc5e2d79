"""Audit trail: every create, update, archive and export writes an event.

Events hold ids, counts, the kind of act and the names of the fields it touched, never a
person's values: the trail can be shown and kept after the person is erased. Each event is
hash-chained to the one before when its transaction commits (``db/audit_chain.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.domain.audit_values import audit_columns
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.records import AuditRecord
from diaspora_desk.services.common.clock import Clock

T = TypeVar("T")


def write_audited(
    database: Database, paths: Sequence[Path], audit: Callable[[Session], object], write: Callable[[], T]
) -> T:
    """Write files with their audit in one transaction: the event is flushed first (an export
    that cannot be audited is never written), the files are written, then the event commits;
    a failed write rolls the event back, a failed commit removes the files. Returns what
    ``write`` returns."""
    with database.unit_of_work(write=True) as uow:
        audit(uow.session)
        uow.session.flush()
        result = write()
        try:
            uow.commit()
        except BaseException:
            for path in paths:
                path.unlink(missing_ok=True)
            raise
    return result


def record_event(
    session: Session,
    *,
    officer: str,
    action: AuditAction,
    entity_type: str,
    entity_id: object,
    before: object | None = None,
    after: object | None = None,
    at: dt.datetime | None = None,
) -> None:
    """Add an audit event to the session's transaction (committed with the change)."""
    event = AuditEvent(
        officer=officer or "(unknown officer)",
        action=action.value,
        entity_type=entity_type,
        entity_id=str(entity_id),
    )
    event.before, event.after = audit_columns(before, after)
    if at is not None:
        event.at = at
    session.add(event)


class AuditService:
    """Read the audit trail."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def history(self, entity_type: str, entity_id: object) -> list[AuditRecord]:
        with self._db.unit_of_work() as uow:
            events = uow.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            )
            return [_to_record(e) for e in events]

    def person_history(self, person_id: int) -> list[AuditRecord]:
        """A person's history with that of every record merged into them, oldest first."""
        with self._db.unit_of_work() as uow:
            return person_history(uow.session, person_id)

    def recent(self, limit: int = 100) -> list[AuditRecord]:
        with self._db.unit_of_work() as uow:
            events = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
            return [_to_record(e) for e in events]


def person_history(session: Session, person_id: int) -> list[AuditRecord]:
    """A person's history with that of every record merged into them, oldest first."""
    from diaspora_desk.db.people_models import Person

    ids, frontier = {person_id}, [person_id]
    while frontier:
        merged = set(session.scalars(select(Person.id).where(Person.merged_into_id.in_(frontier))))
        frontier = sorted(merged - ids)
        ids |= merged
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_type == "person", AuditEvent.entity_id.in_([str(i) for i in ids]))
        .order_by(AuditEvent.id)
    )
    return [_to_record(e) for e in events]


def _to_record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=event.id,
        at=event.at,
        officer=event.officer,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
    )


class Auditor:
    """Writes the audit events of one kind of record for a service (its officer and clock)."""

    def __init__(self, entity_type: str, officer: Callable[[], str], clock: Clock) -> None:
        self._entity_type = entity_type
        self._officer = officer
        self._clock = clock

    def record(
        self,
        session: Session,
        action: AuditAction,
        entity_id: object,
        before: object | None = None,
        after: object | None = None,
    ) -> None:
        record_event(
            session,
            officer=self._officer(),
            action=action,
            entity_type=self._entity_type,
            entity_id=entity_id,
            before=before,
            after=after,
            at=self._clock.now(),
        )
