"""Data for printed reports, gathered in one read transaction (reports/ renders it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Practice
from diaspora_desk.domain.records import AssociationRecord, ConsulateRecord, InteractionRecord
from diaspora_desk.services.associations.interactions import InteractionService
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import SettingsService


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
    def __init__(
        self,
        database: Database,
        clock: Clock,
        settings: SettingsService,
        associations: AssociationService,
        interactions: InteractionService,
    ) -> None:
        self._db = database
        self._clock = clock
        self._settings = settings
        self._associations = associations
        self._interactions = interactions

    def association_profile(self, association_id: int) -> AssociationProfileData:
        association = self._associations.get(association_id)
        interactions = self._interactions.for_association(association_id)
        usage: dict[str, tuple[int, dt.date]] = {}
        for interaction in interactions:
            for practice_id in interaction.practice_ids:
                times, last = usage.get(practice_id, (0, interaction.occurred_on))
                usage[practice_id] = (times + 1, max(last, interaction.occurred_on))
        with self._db.unit_of_work() as uow:
            practices = uow.session.scalars(
                select(Practice).where(Practice.id.in_(usage)).order_by(Practice.position)
            ).all()
            addressed = tuple(
                PracticeAddressed(
                    id=p.id,
                    title=p.title,
                    source=f"{p.source_file} {p.source_section}",
                    times=usage[p.id][0],
                    last=usage[p.id][1],
                )
                for p in practices
            )
        settings = self._settings.current()
        return AssociationProfileData(
            consulate=settings.consulate,
            origin_country=settings.origin_country,
            generated_on=self._clock.today(),
            association=association,
            interactions=tuple(interactions),
            practices=addressed,
        )
