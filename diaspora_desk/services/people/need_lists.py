"""The needs list and a need's placements, a page at a time, sorted in SQL."""

from __future__ import annotations

from sqlalchemy import func, select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Need, Person, Placement
from diaspora_desk.domain.enums import ActivityKind
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.queries import NeedQuery, NeedSort, PlacementQuery, PlacementSort
from diaspora_desk.services.people.needs import NeedRecord, PlacementRecord, need_record
from diaspora_desk.services.practices.catalogue import links_for

NEED_SORT_COLUMNS = {
    NeedSort.ID: Need.id,
    NeedSort.TITLE: Need.title,
    NeedSort.INSTITUTION: Need.institution,
    NeedSort.MODE: Need.mode,
    NeedSort.STATUS: Need.status,
}
PLACEMENT_SORT_COLUMNS = {
    PlacementSort.ID: Placement.id,
    PlacementSort.PERSON: Person.name_key,
    PlacementSort.STATUS: Placement.status,
}


class NeedLists:
    """Reads needs and placements for lists that may grow past a screenful (ties sort by id)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count_needs(self, query: NeedQuery) -> int:
        with self._db.unit_of_work() as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Need)) or 0)

    def needs_page(self, query: NeedQuery, offset: int, limit: int) -> list[NeedRecord]:
        column = NEED_SORT_COLUMNS[query.sort]
        order = (column.desc(), Need.id.desc()) if query.descending else (column, Need.id)
        with self._db.unit_of_work() as uow:
            needs = uow.session.scalars(select(Need).order_by(*order).offset(offset).limit(limit))
            return [need_record(uow.session, need) for need in needs]

    def count_placements(self, query: PlacementQuery) -> int:
        statement = select(func.count()).select_from(Placement).where(Placement.need_id == query.need_id)
        with self._db.unit_of_work() as uow:
            return int(uow.session.scalar(statement) or 0)

    def placements_page(self, query: PlacementQuery, offset: int, limit: int) -> list[PlacementRecord]:
        column = PLACEMENT_SORT_COLUMNS[query.sort]
        order = (column.desc(), Placement.id.desc()) if query.descending else (column, Placement.id)
        statement = (
            select(Placement, Person.given_name, Person.family_name)
            .join(Person, Person.id == Placement.person_id)
            .where(Placement.need_id == query.need_id)
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(statement).all()
            practices = links_for(uow.session, ActivityKind.PLACEMENT, [p.id for p, _, _ in rows])
            return [
                PlacementRecord(
                    p.id,
                    p.need_id,
                    p.person_id,
                    f"{given} {family}".strip(),
                    PlacementStatus(p.status),
                    p.starts_on,
                    p.ends_on,
                    p.people_trained,
                    p.services_delivered,
                    p.outcome_notes,
                    practices.get(p.id, ()),
                )
                for p, given, family in rows
            ]
