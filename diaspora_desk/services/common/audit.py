"""Audit trail: every create, update, archive and export writes an event.

Events hold ids, counts, the kind of act and the names of the fields it touched, never a
person's values: the trail can be shown and kept after the person is erased. Each event is
hash-chained to the one before when its transaction commits (``db/audit_chain.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.records import AuditRecord
from diaspora_desk.services.common.clock import Clock

# Text values the audit keeps: what kind of act it was, never what a person's record holds.
SAFE_TEXT = frozenset(
    {
        "action", "channel", "decision", "field", "file", "format", "kind", "page_size", "purpose",
        "reason", "report", "source", "status", "language", "second_officer", "export", "how", "day",
    }
)  # fmt: skip
# Whole numbers are counts and ids, kept; these keys name numbers about a person, withheld.
PERSONAL_NUMBERS = ("year", "age", "generation", "level", "estimate", "phone", "born", "postcode")


def _is_id(key: str) -> bool:
    return key == "id" or key.endswith(("_id", "_ids"))


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def _empty(value: object) -> bool:
    return (
        value is None
        or value == ""
        or (isinstance(value, tuple | list | set | frozenset | dict) and not value)
    )


def _kept(key: str, value: object) -> object | None:
    """``value`` when the audit may hold it under ``key`` (ids, counts, kinds), else None."""
    if isinstance(value, enum.Enum) and key in SAFE_TEXT:
        return value.value
    if isinstance(value, dt.date) and key in SAFE_TEXT:
        return value.isoformat()
    if isinstance(value, bool):
        return value if key.startswith("include_") or key in SAFE_TEXT else None
    if isinstance(value, int) and not any(word in key for word in PERSONAL_NUMBERS):
        return value
    if isinstance(value, str) and (key in SAFE_TEXT or (_is_id(key) and value.isdigit())):
        return value
    if isinstance(value, list | tuple | frozenset | set) and _is_id(key):
        ids = [v for v in value if isinstance(v, int)]
        return sorted(ids) if len(ids) == len(value) else None
    return None


def redact(value: object) -> object:
    """What the audit keeps of a record or details: ids, counts, kinds and the names of the
    fields that hold something, never a person's values (so erasing a person leaves history)."""
    value = _plain(value)
    if not isinstance(value, dict):
        return {"value": "withheld"} if not _empty(value) else None
    kept: dict[str, object] = {}
    fields: list[str] = []
    for key, item in value.items():
        item = _plain(item)
        if (safe := _kept(str(key), item)) is not None:
            kept[str(key)] = safe
        elif isinstance(item, dict):
            kept[str(key)] = redact(item)
        elif not _empty(item):
            fields.append(str(key))
    if fields:
        kept["fields"] = sorted(fields)
    return kept


def changed_fields(before: object, after: object) -> list[str]:
    """The names of the fields whose values differ between two records (or dicts)."""
    old, new = _plain(before), _plain(after)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    return sorted(str(k) for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def snapshot(record: object | None) -> str | None:
    """JSON of what the audit keeps of a record or details (see `redact`)."""
    if record is None:
        return None
    return json.dumps(redact(record), ensure_ascii=False, sort_keys=True)


def audit_columns(before: object | None, after: object | None) -> tuple[str | None, str | None]:
    """The before/after columns of an event: redacted, and for a change the fields it changed."""
    if before is not None and after is not None:
        changed = changed_fields(before, after)
        if changed:
            data = redact(after)
            shown = data if isinstance(data, dict) else {}
            shown["changed"] = changed
            return snapshot(before), json.dumps(shown, ensure_ascii=False, sort_keys=True)
    return snapshot(before), snapshot(after)


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
