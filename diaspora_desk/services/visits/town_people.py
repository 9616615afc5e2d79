"""The registered people of a set of towns: who lives within reach of a point, counted and paged.

Towns are keyed as the planner's index keys them (country, city key, latitude, longitude), so
counting and paging stay in SQL and read ix_person_geo.

A page by name is read one of two ways, chosen from how many people the towns hold: the towns'
people through ix_person_geo, then sorted (cheap for a few small towns), or the name index walked
in order until the page is full (cheap when the towns hold a large share of the registry: at
1,000,000 people a proposal covering 120,000 took 560 ms the first way and under 30 ms the second).
How many people the towns hold comes from the planner's counts, so choosing costs no query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, and_, func, select, tuple_
from sqlalchemy.orm import Session

from diaspora_desk.db.people_models import Person
from diaspora_desk.db.people_repo import registry_size
from diaspora_desk.domain.geography import great_circle_km
from diaspora_desk.domain.planning import CoveredPerson
from diaspora_desk.services.visits.catchment import near_box

TownKey = tuple[str, str, float, float]  # country, city_key, latitude, longitude
_CHUNK = 5000  # town keys per IN (...) list: 4 parameters each, under 32,766 variables


def active_person() -> ColumnElement[bool]:
    # The same terms as ix_person_geo's WHERE, so SQLite may read that partial index.
    return and_(Person.archived_at.is_(None), Person.merged_into_id.is_(None))


def in_towns(keys: Sequence[TownKey]) -> ColumnElement[bool]:
    return tuple_(Person.country, Person.city_key, Person.latitude, Person.longitude).in_(keys)


def _chunks(keys: Sequence[TownKey]) -> Iterable[Sequence[TownKey]]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def towns_near(session: Session, latitude: float, longitude: float, radius_km: float) -> dict[TownKey, int]:
    """The towns within ``radius_km`` of a point, each with its number of active people."""
    places = session.execute(
        select(Person.country, Person.city_key, Person.latitude, Person.longitude, func.count())
        .where(active_person(), near_box(Person.latitude, Person.longitude, (latitude, longitude), radius_km))
        .group_by(Person.country, Person.city_key, Person.latitude, Person.longitude)
    )
    return {
        (country, key, lat, lon): people
        for country, key, lat, lon, people in places
        if lat is not None and lon is not None and great_circle_km(latitude, longitude, lat, lon) <= radius_km
    }


def count_in_towns(session: Session, keys: Sequence[TownKey]) -> int:
    total = 0
    for chunk in _chunks(keys):
        total += session.scalar(select(func.count()).where(active_person(), in_towns(chunk))) or 0
    return total


def people_in_towns(
    session: Session,
    keys: Sequence[TownKey],
    lat: float,
    lon: float,
    offset: int,
    limit: int,
    *,
    covered: int,
) -> list[CoveredPerson]:
    """A page of the towns' active people by name; ``covered`` (about how many they are, e.g. as
    counted by the planner) only chooses how the page is read."""
    if not keys or limit <= 0:
        return []
    # One query whatever the number of towns, so paging stays in SQL.
    place = in_towns(keys)
    index = _page_index(session, covered, offset + limit)
    rows = session.execute(
        select(
            Person.id, Person.given_name, Person.family_name, Person.city, Person.latitude, Person.longitude
        )
        .where(active_person(), place)
        .with_hint(Person, f"INDEXED BY {index}", dialect_name="sqlite")
        .order_by(Person.family_name, Person.given_name, Person.id)
        .offset(max(0, offset))
        .limit(limit)
    )
    return [
        CoveredPerson(
            pid,
            f"{given} {family}".strip(),
            city,
            great_circle_km(lat, lon, p_lat, p_lon) if p_lat is not None and p_lon is not None else 0.0,
        )
        for pid, given, family, city, p_lat, p_lon in rows
    ]


def _page_index(session: Session, covered: int, wanted: int) -> str:
    """The index a page of ``wanted`` rows (offset included) out of ``covered`` people reads best.

    Walking the name index reads about ``wanted * registry / covered`` rows before the page is
    full; going through the towns reads ``covered`` rows and sorts them (an overestimate of the
    registry only favours the towns' index)."""
    registry = registry_size(session)
    return "ix_person_active_name" if wanted * registry < covered * covered else "ix_person_geo"
