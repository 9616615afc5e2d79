"""Data for printed reports, gathered in one read transaction (reports/ renders it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Practice
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.records import AssociationRecord, ConsulateRecord, InteractionRecord
from diaspora_desk.services.associations.interactions import interactions_of
from diaspora_desk.services.associations.registry import read_association
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_settings
from diaspora_desk.services.practices.catalogue import source_title


@dataclass(frozen=True, slots=True)
class PracticeAddressed:
    id: str
    title: str
    source: str
    times: int
    last: dt.date


@dataclass(frozen=True, slots=True)
class AssociationProfileData:
    consulate: ConsulateRecord | None
    origin_country: str
    generated_on: dt.date
    association: AssociationRecord
    interactions: tuple[InteractionRecord, ...]
    practices: tuple[PracticeAddressed, ...]


class AssociationReports:
    """The association profile's data, read in one transaction (a consistent snapshot)."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def association_profile(self, association_id: int) -> AssociationProfileData:
        """The profile's data; it names the association's contacts, so the read is audited in its
        transaction."""
        with self._db.unit_of_work(write=True) as uow:
            association = read_association(uow.session, association_id)
            interactions = interactions_of(uow.session, association_id)
            addressed = _practices_addressed(uow.session, interactions)
            settings = read_settings(uow.session)
            record_event(
                uow.session,
                officer=settings.officer_name,
                action=AuditAction.EXPORT,
                entity_type="association",
                entity_id=association_id,
                after={"report": "association_profile"},
                at=self._clock.now(),
            )
            uow.commit()
        return AssociationProfileData(
            consulate=settings.consulate,
            origin_country=settings.origin_country,
            generated_on=self._clock.today(),
            association=association,
            interactions=tuple(interactions),
            practices=addressed,
        )


def _practices_addressed(
    session: Session, interactions: Sequence[InteractionRecord]
) -> tuple[PracticeAddressed, ...]:
    """The practices the interactions were tagged with: how often and when last, catalogue order."""
    usage: dict[str, tuple[int, dt.date]] = {}
    for interaction in interactions:
        for practice_id in interaction.practice_ids:
            times, last = usage.get(practice_id, (0, interaction.occurred_on))
            usage[practice_id] = (times + 1, max(last, interaction.occurred_on))
    practices = session.scalars(
        select(Practice).where(Practice.id.in_(usage)).order_by(Practice.position)
    ).all()
    return tuple(
        PracticeAddressed(
            id=p.id,
            title=p.title,
            source=f"{source_title(p.source_file)}, {p.source_section}",
            times=usage[p.id][0],
            last=usage[p.id][1],
        )
        for p in practices
    )
