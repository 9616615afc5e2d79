"""The interactions log of an association: meetings, calls, events, visits, letters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, Interaction
from diaspora_desk.domain.enums import ActivityKind, AuditAction, InteractionKind
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.records import InteractionRecord
from diaspora_desk.domain.text import clean_text
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "interaction"
MAX_SUMMARY = 20_000


@dataclass(frozen=True, slots=True)
class InteractionDraft:
    occurred_on: dt.date
    kind: str
    officer: str
    summary: str
    practice_ids: tuple[str, ...] = ()


class InteractionSort(StrEnum):
    DATE = "date"
    KIND = "kind"


@dataclass(frozen=True, slots=True)
class InteractionQuery:
    """One association's log; most recent first unless asked otherwise."""

    association_id: int = 0
    sort: InteractionSort = InteractionSort.DATE
    descending: bool = True


def _log_order(query: InteractionQuery) -> list[UnaryExpression[Any]]:
    """The sort column, then the most recent first; the id keeps equal dates in a stable order."""
    column = Interaction.kind if query.sort is InteractionSort.KIND else Interaction.occurred_on
    order: list[UnaryExpression[Any]] = [column.desc() if query.descending else column.asc()]
    if query.sort is not InteractionSort.DATE:
        order.append(Interaction.occurred_on.desc())
    order.append(Interaction.id.desc() if query.descending else Interaction.id.asc())
    return order


class InteractionService:
    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def today(self) -> dt.date:
        """The service's today: the latest date an interaction may carry."""
        return self._clock.today()

    def officer(self) -> str:
        """The officer a new entry is logged under unless another is named."""
        return self._officer()

    def _validate(self, draft: InteractionDraft) -> tuple[InteractionKind, str, str]:
        errors: dict[str, str] = {}
        try:
            kind = InteractionKind(draft.kind)
        except ValueError:
            errors["kind"] = msg(
                "'{kind}' is not one of {items}",
                kind=draft.kind,
                items=", ".join(k.value for k in InteractionKind),
            )
            kind = InteractionKind.MEETING
        if draft.occurred_on > self._clock.today():
            errors["occurred_on"] = msg("is in the future")
        officer = clean_text(draft.officer) or self._officer()
        summary = clean_text(draft.summary, multiline=True)
        if not summary:
            errors["summary"] = msg("is required")
        elif len(summary) > MAX_SUMMARY:
            errors["summary"] = msg("is longer than {limit} characters", limit=MAX_SUMMARY)
        if errors:
            raise ValidationError(errors)
        return kind, officer, summary

    def add(self, association_id: int, draft: InteractionDraft) -> InteractionRecord:
        kind, officer, summary = self._validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            association = uow.session.get(Association, association_id)
            if association is None:
                raise NotFoundError(
                    msg("There is no association with id {association_id}.", association_id=association_id)
                )
            row = Interaction(
                association_id=association_id,
                occurred_on=draft.occurred_on,
                kind=kind.value,
                officer=officer,
                summary=summary,
                created_at=self._clock.now(),
            )
            uow.session.add(row)
            uow.session.flush()
            set_links(uow.session, ActivityKind.INTERACTION, row.id, draft.practice_ids)
            uow.session.flush()
            record = interaction_record(row, association.name, draft.practice_ids)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.CREATE,
                entity_type=ENTITY,
                entity_id=row.id,
                after=record,
                at=self._clock.now(),
            )
            uow.commit()
            return record

    def update(self, interaction_id: int, draft: InteractionDraft) -> InteractionRecord:
        kind, officer, summary = self._validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = uow.session.get(Interaction, interaction_id)
            if row is None:
                raise NotFoundError(
                    msg("There is no interaction with id {interaction_id}.", interaction_id=interaction_id)
                )
            name = row.association.name
            before = interaction_record(
                row,
                name,
                links_for(uow.session, ActivityKind.INTERACTION, [row.id]).get(row.id, ()),
            )
            row.occurred_on, row.kind, row.officer, row.summary = (
                draft.occurred_on,
                kind.value,
                officer,
                summary,
            )
            set_links(uow.session, ActivityKind.INTERACTION, row.id, draft.practice_ids)
            uow.session.flush()
            after = interaction_record(row, name, draft.practice_ids)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.UPDATE,
                entity_type=ENTITY,
                entity_id=row.id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after

    def for_association(self, association_id: int) -> list[InteractionRecord]:
        """The log, most recent first, with the practices of each entry."""
        with self._db.unit_of_work() as uow:
            return interactions_of(uow.session, association_id)

    def count(self, query: InteractionQuery) -> int:
        """How many entries the association's log has."""
        with self._db.unit_of_work() as uow:
            statement = select(func.count()).where(Interaction.association_id == query.association_id)
            return int(uow.session.scalar(statement) or 0)

    def page(self, query: InteractionQuery, offset: int, limit: int) -> list[InteractionRecord]:
        """`limit` entries of the log from `offset`, sorted in SQL, with their practices."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(Interaction, Association.name)
                .join(Association, Association.id == Interaction.association_id)
                .where(Interaction.association_id == query.association_id)
                .order_by(*_log_order(query))
                .offset(offset)
                .limit(limit)
            ).all()
            links = links_for(uow.session, ActivityKind.INTERACTION, [row.id for row, _ in rows])
            return [interaction_record(row, name, links.get(row.id, ())) for row, name in rows]


def interactions_of(session: Session, association_id: int) -> list[InteractionRecord]:
    """An association's log, most recent first, with the practices of each entry."""
    association = session.get(Association, association_id)
    if association is None:
        raise NotFoundError(
            msg("There is no association with id {association_id}.", association_id=association_id)
        )
    rows = list(
        session.scalars(
            select(Interaction)
            .where(Interaction.association_id == association_id)
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        )
    )
    links = links_for(session, ActivityKind.INTERACTION, [r.id for r in rows])
    return [interaction_record(r, association.name, links.get(r.id, ())) for r in rows]


def interaction_record(
    row: Interaction, association_name: str, practice_ids: tuple[str, ...]
) -> InteractionRecord:
    return InteractionRecord(
        id=row.id,
        association_id=row.association_id,
        association_name=association_name,
        occurred_on=row.occurred_on,
        kind=InteractionKind(row.kind),
        officer=row.officer,
        summary=row.summary,
        practice_ids=tuple(practice_ids),
    )
