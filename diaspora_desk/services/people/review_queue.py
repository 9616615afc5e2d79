"""The duplicate review queue, paged and sorted in SQL (an import can hold back thousands of rows)."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import DuplicateReview, Person
from diaspora_desk.domain.queries import ReviewQuery, ReviewSort
from diaspora_desk.services.people.merge import ReviewItem

PENDING = "pending"
SORT_COLUMNS = {
    ReviewSort.ID: (DuplicateReview.id,),
    ReviewSort.SOURCE: (DuplicateReview.source, DuplicateReview.row_number),
    ReviewSort.CANDIDATE: (Person.name_key,),
}


class ReviewQueue:
    """Reads the rows imports held back as probable duplicates and that nobody has decided on yet."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, query: ReviewQuery) -> int:
        with self._db.unit_of_work() as uow:
            statement = select(func.count()).select_from(DuplicateReview)
            return int(uow.session.scalar(statement.where(DuplicateReview.status == PENDING)) or 0)

    def page(self, query: ReviewQuery, offset: int, limit: int) -> list[ReviewItem]:
        columns = (*SORT_COLUMNS[query.sort], DuplicateReview.id)
        order = [c.desc() for c in columns] if query.descending else list(columns)
        statement = (
            select(DuplicateReview, Person.given_name, Person.family_name, Person.birth_year, Person.city)
            .join(Person, Person.id == DuplicateReview.candidate_id)
            .where(DuplicateReview.status == PENDING)
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with self._db.unit_of_work() as uow:
            return [
                ReviewItem(
                    r.id,
                    r.source,
                    r.row_number,
                    json.loads(r.payload),
                    r.candidate_id,
                    f"{given} {family}".strip(),
                    r.reason,
                    ", ".join(p for p in (str(born) if born else "", city) if p),
                )
                for r, given, family, born, city in uow.session.execute(statement)
            ]
