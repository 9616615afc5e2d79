"""The audit trail read back: pages and counts filtered in SQL, and an export that is audited.

Exporting the trail is itself an act the trail records, written BEFORE the file: an export that
cannot be audited is not written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AuditEvent
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.audit_query import EXPORT_COLUMNS, AuditQuery
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.records import AuditRecord
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.tabular import write_csv


def _filtered(statement: Select[Any], query: AuditQuery) -> Select[Any]:
    if query.officer:
        statement = statement.where(AuditEvent.officer == query.officer)
    if query.action:
        statement = statement.where(AuditEvent.action == query.action)
    if query.entity_type:
        statement = statement.where(AuditEvent.entity_type == query.entity_type)
    if query.entity_id:
        statement = statement.where(AuditEvent.entity_id == query.entity_id)
    if query.start:
        statement = statement.where(AuditEvent.at >= dt.datetime.combine(query.start, dt.time()))
    if query.end:
        statement = statement.where(
            AuditEvent.at < dt.datetime.combine(query.end + dt.timedelta(days=1), dt.time())
        )
    return statement


def _record(event: AuditEvent) -> AuditRecord:
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


class AuditTrail:
    """The audit viewer's and ``diaspora-desk audit``'s use cases."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def count(self, query: AuditQuery) -> int:
        with self._db.unit_of_work() as uow:
            statement = _filtered(select(func.count()).select_from(AuditEvent), query.checked())
            return int(uow.session.scalar(statement) or 0)

    def page(self, query: AuditQuery, offset: int, limit: int) -> list[AuditRecord]:
        """Newest first; ``offset``/``limit`` page it in SQL."""
        with self._db.unit_of_work() as uow:
            statement = _filtered(select(AuditEvent), query.checked())
            events = uow.session.scalars(statement.order_by(AuditEvent.id.desc()).offset(offset).limit(limit))
            return [_record(e) for e in events]

    def officers(self) -> list[str]:
        """The officers named in the trail, for the viewer's filter."""
        with self._db.unit_of_work() as uow:
            return list(
                uow.session.scalars(select(AuditEvent.officer).distinct().order_by(AuditEvent.officer))
            )

    def export_csv(self, query: AuditQuery, path: Path) -> int:
        """Write the events matching ``query`` (oldest first) to ``path``; audited before writing."""
        # services/accounts sits above common/: the signed-in object is reached through its method.
        check = getattr(self._officer, "require", None)
        if check is not None:
            check(Grant.EXPORT_AUDIT)
        if path.suffix.lower() != ".csv":
            raise KnownError(msg("Export the audit trail to a .csv file, not '{name}'.", name=path.name))
        query = query.checked()
        with self._db.unit_of_work(write=True) as uow:
            statement = _filtered(select(AuditEvent), query).order_by(AuditEvent.id)
            rows = [
                [str(e.id), e.at.isoformat(sep=" "), e.officer, e.action, e.entity_type, e.entity_id,
                 e.before or "", e.after or "", e.chain_hash or ""]
                for e in uow.session.scalars(statement)
            ]  # fmt: skip
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.VIEW_AUDIT,
                entity_type="audit_event",
                entity_id=path.name,
                after={
                    "file": str(path),
                    "rows": len(rows),
                    "action": query.action,
                    "kind": query.entity_type,
                },
                at=self._clock.now(),
            )
            uow.commit()
        write_csv(path, EXPORT_COLUMNS, rows)
        return len(rows)
