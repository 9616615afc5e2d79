"""The area a mobile visit serves: nationals by town, associations, past visits, passports due.

Counts of people are suppressed when 1-4 ("<5"), and totals are printed so that no hidden
count can be worked out by subtraction (both rules in ``services.common.privacy``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from diaspora_desk.db.models import Association
from diaspora_desk.db.people_models import Person
from diaspora_desk.db.visit_models import MobileVisit
from diaspora_desk.domain.geography import circle_extent, great_circle_km
from diaspora_desk.domain.visits import ServiceResult, VisitStatus
from diaspora_desk.services.common.privacy import shown, shown_total
from diaspora_desk.services.visits.registry import visit_results

DEFAULT_RADIUS_KM = 60.0
MAX_PAST_VISITS = 10
MAX_ASSOCIATIONS = 40


@dataclass(frozen=True, slots=True)
class TownCount:
    town: str
    country: str
    distance_km: float
    count: int

    @property
    def shown(self) -> str:
        return shown(self.count)


@dataclass(frozen=True, slots=True)
class AreaAssociation:
    id: int
    name: str
    city: str
    distance_km: float
    members_estimate: int | None
    registered: bool
    advisory_council: bool


@dataclass(frozen=True, slots=True)
class PastVisitResult:
    id: int
    title: str
    city: str
    starts_on: dt.date
    ends_on: dt.date
    status: VisitStatus
    distance_km: float
    services: tuple[ServiceResult, ...]

    @property
    def delivered(self) -> int:
        return sum(s.delivered for s in self.services)


@dataclass(frozen=True, slots=True)
class AreaProfile:
    radius_km: float
    towns: tuple[TownCount, ...]
    nationals_shown: str
    associations: tuple[AreaAssociation, ...]
    past_visits: tuple[PastVisitResult, ...]
    passports_recorded: str
    passports_expired: str
    """Passports already expired on the visit's first day."""
    passports_expiring: str
    """Passports expiring within 12 months of the visit's first day."""


def area_profile(
    session: Session,
    visit_id: int,
    centre: tuple[float, float],
    starts_on: dt.date,
    radius_km: float,
) -> AreaProfile:
    """Who and what lies within ``radius_km`` of ``centre`` (a visit starting on ``starts_on``)."""
    towns, recorded, expired, expiring = _people_near(session, centre, starts_on, radius_km)
    return AreaProfile(
        radius_km=radius_km,
        towns=towns,
        nationals_shown=shown_total([t.count for t in towns]),
        associations=_associations_near(session, centre, radius_km),
        past_visits=_past_visits(session, visit_id, centre, starts_on, radius_km),
        passports_recorded=shown(recorded),
        passports_expired=shown(expired),
        passports_expiring=shown(expiring),
    )


def near_box(
    latitude: InstrumentedAttribute[float | None],
    longitude: InstrumentedAttribute[float | None],
    centre: tuple[float, float],
    radius_km: float,
) -> ColumnElement[bool]:
    """SQL condition: the point lies in the box holding the circle (a first cut; callers then
    keep what is within the radius). Near a pole or the antimeridian only latitude is cut."""
    lat, lon = centre
    south, north, spread = circle_extent(lat, radius_km)
    inside = latitude.between(south, north)
    if spread is None or lon - spread < -180.0 or lon + spread > 180.0:
        return inside
    return and_(inside, longitude.between(lon - spread, lon + spread))


def _distance(centre: tuple[float, float], lat: float | None, lon: float | None) -> float:
    if lat is None or lon is None:
        return math.inf
    return great_circle_km(centre[0], centre[1], lat, lon)


def _year_after(day: dt.date) -> dt.date:
    if (day.month, day.day) == (2, 29):
        return dt.date(day.year + 1, 2, 28)
    return day.replace(year=day.year + 1)


def _people_near(
    session: Session, centre: tuple[float, float], start: dt.date, radius_km: float
) -> tuple[tuple[TownCount, ...], int, int, int]:
    """Active nationals within the radius by town, and how many passports are recorded/due."""
    expires = Person.passport_expires_on
    rows = session.execute(
        select(
            func.min(Person.city),
            Person.country,
            Person.latitude,
            Person.longitude,
            func.count(),
            func.count(expires),
            func.sum(case((expires < start, 1), else_=0)),
            func.sum(case(((expires >= start) & (expires < _year_after(start)), 1), else_=0)),
        )
        .where(
            Person.archived_at.is_(None),
            Person.merged_into_id.is_(None),
            near_box(Person.latitude, Person.longitude, centre, radius_km),
        )
        .group_by(Person.country, Person.city_key, Person.latitude, Person.longitude)
    ).all()
    towns: dict[tuple[str, str], TownCount] = {}
    recorded = expired = expiring = 0
    for city, country, lat, lon, count, known, gone, due in rows:
        distance = _distance(centre, lat, lon)
        if distance > radius_km:
            continue
        recorded, expired, expiring = recorded + known, expired + (gone or 0), expiring + (due or 0)
        before = towns.get((country, city))
        if before is not None:
            distance, count = min(distance, before.distance_km), count + before.count
        towns[(country, city)] = TownCount(city, country, distance, count)
    ordered = sorted(towns.values(), key=lambda t: (-t.count, t.distance_km, t.town))
    return tuple(ordered), recorded, expired, expiring


def _associations_near(
    session: Session, centre: tuple[float, float], radius_km: float
) -> tuple[AreaAssociation, ...]:
    rows = session.scalars(
        select(Association).where(
            Association.archived_at.is_(None),
            near_box(Association.latitude, Association.longitude, centre, radius_km),
        )
    ).all()
    near = [
        AreaAssociation(
            row.id,
            row.name,
            row.city,
            distance,
            row.members_estimate,
            row.registered,
            row.advisory_council,
        )
        for row in rows
        if (distance := _distance(centre, row.latitude, row.longitude)) <= radius_km
    ]
    near.sort(key=lambda a: (a.distance_km, a.name, a.id))
    return tuple(near[:MAX_ASSOCIATIONS])


def _past_visits(
    session: Session,
    visit_id: int,
    centre: tuple[float, float],
    starts_on: dt.date,
    radius_km: float,
) -> tuple[PastVisitResult, ...]:
    """The latest visits within the radius that started before this one, with their results."""
    rows = session.scalars(
        select(MobileVisit)
        .where(
            MobileVisit.id != visit_id,
            MobileVisit.starts_on < starts_on,
            near_box(MobileVisit.latitude, MobileVisit.longitude, centre, radius_km),
        )
        .order_by(MobileVisit.starts_on.desc(), MobileVisit.id.desc())
    ).all()
    near = [
        (row, distance)
        for row in rows
        if (distance := _distance(centre, row.latitude, row.longitude)) <= radius_km
    ][:MAX_PAST_VISITS]
    return tuple(
        PastVisitResult(
            row.id,
            row.title,
            row.city,
            row.starts_on,
            row.ends_on,
            VisitStatus(row.status),
            distance,
            visit_results(session, row.id).services,
        )
        for row, distance in near
    )
