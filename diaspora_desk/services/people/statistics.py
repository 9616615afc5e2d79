"""Aggregates of the skills inventory, with small cells suppressed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import (
    Availability,
    IscoGroup,
    Person,
    PersonLanguage,
    PersonOccupation,
    Qualification,
)
from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.domain.people import ISCED_LEVELS
from diaspora_desk.services.common.privacy import is_suppressed, shown


@dataclass(frozen=True, slots=True)
class Cell:
    """One count of people in an aggregate; ``shown`` follows the small-cell rule (``privacy``)."""

    key: str
    label: str
    count: int

    @property
    def suppressed(self) -> bool:
        return is_suppressed(self.count)

    @property
    def shown(self) -> str:
        return shown(self.count)


@dataclass(frozen=True, slots=True)
class SkillsSummary:
    generated_on: dt.date
    people: int
    """People in the skills inventory (consent to it given and not withdrawn)."""
    by_isco_major: tuple[Cell, ...]
    by_isco_sub_major: tuple[Cell, ...]
    by_isced: tuple[Cell, ...]
    by_country: tuple[Cell, ...]
    by_city: tuple[Cell, ...]
    by_language: tuple[Cell, ...]
    available_next_year: Cell


def _base() -> Any:
    return (Person.consent_skills.is_(True)) & Person.merged_into_id.is_(None) & Person.archived_at.is_(None)


class SkillsStatistics:
    def __init__(self, database: Database) -> None:
        self._db = database

    def summary(self, today: dt.date, *, top: int = 15) -> SkillsSummary:
        with self._db.unit_of_work() as uow:
            return skills_summary(uow.session, today, top=top)


def skills_summary(session: Session, today: dt.date, *, top: int = 15) -> SkillsSummary:
    """The skills inventory's aggregates in the caller's transaction (``top`` places and languages)."""
    labels = {c: label for c, label in session.execute(select(IscoGroup.code, IscoGroup.label))}
    people = int(session.scalar(select(func.count()).select_from(Person).where(_base())) or 0)
    isced = session.execute(
        select(Qualification.isced_level, func.count(func.distinct(Qualification.person_id)))
        .join(Person, Person.id == Qualification.person_id)
        .where(_base())
        .group_by(Qualification.isced_level)
        .order_by(Qualification.isced_level)
    )
    by_country, by_city, by_language = _by_place_and_language(session, top)
    return SkillsSummary(
        generated_on=today,
        people=people,
        by_isco_major=_by_isco_prefix(session, labels, 1),
        by_isco_sub_major=_by_isco_prefix(session, labels, 2),
        by_isced=tuple(
            Cell(str(level), f"{level} {ISCED_LEVELS.get(level, '')}", int(n)) for level, n in isced
        ),
        by_country=by_country,
        by_city=by_city,
        by_language=by_language,
        available_next_year=Cell(
            "available", "Available within the next 12 months", _available_within_a_year(session, today)
        ),
    )


def _by_isco_prefix(session: Session, labels: dict[str, str], length: int) -> tuple[Cell, ...]:
    prefix = func.substr(PersonOccupation.isco_code, 1, length)
    rows = session.execute(
        select(prefix, func.count(func.distinct(PersonOccupation.person_id)))
        .join(Person, Person.id == PersonOccupation.person_id)
        .where(_base())
        .group_by(prefix)
        .order_by(prefix)
    )
    return tuple(Cell(code, f"{code} {labels.get(code, '')}", int(n)) for code, n in rows)


def _by_place_and_language(
    session: Session, top: int
) -> tuple[tuple[Cell, ...], tuple[Cell, ...], tuple[Cell, ...]]:
    """The ``top`` host countries, host cities and languages."""
    countries = session.execute(
        select(Person.country, func.count())
        .where(_base())
        .group_by(Person.country)
        .order_by(func.count().desc())
        .limit(top)
    )
    cities = session.execute(
        select(Person.city, Person.country, func.count())
        .where(_base(), Person.city != "")
        .group_by(Person.city_key, Person.country)
        .order_by(func.count().desc())
        .limit(top)
    )
    languages = session.execute(
        select(PersonLanguage.language, func.count())
        .join(Person, Person.id == PersonLanguage.person_id)
        .where(_base())
        .group_by(PersonLanguage.language)
        .order_by(func.count().desc())
        .limit(top)
    )
    return (
        tuple(Cell(c, country_name(c), int(n)) for c, n in countries),
        tuple(Cell(f"{city}|{c}", f"{city}, {c}", int(n)) for city, c, n in cities),
        tuple(Cell(code, language_name(code), int(n)) for code, n in languages),
    )


def _available_within_a_year(session: Session, today: dt.date) -> int:
    horizon = today + dt.timedelta(days=365)
    available = session.scalar(
        select(func.count(func.distinct(Availability.person_id)))
        .join(Person, Person.id == Availability.person_id)
        .where(
            _base(),
            Availability.starts_on <= horizon,
            or_(Availability.ends_on.is_(None), Availability.ends_on >= today),
        )
    )
    return int(available or 0)
