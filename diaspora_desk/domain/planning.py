"""Mobile-visit planning: the records the planner returns and the map draws, and the algorithm.

The algorithm is pure: towns with their people in, chosen sites out. Towns are bucketed in a
grid of cells about one radius wide, so finding the towns within reach of a site reads a few
cells instead of every town, and sites are chosen greedily (lazily re-evaluated), each taking
the most people that no earlier site counted.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.geography import EARTH_RADIUS_KM, circle_extent, great_circle_km
from diaspora_desk.domain.visits import ConsularService, VisitStatus

DEFAULT_MIN_DISTANCE_KM = 150.0
DEFAULT_RADIUS_KM = 60.0
DEFAULT_SITES = 5


@dataclass(frozen=True, slots=True)
class PlanOptions:
    consulate_id: int | None = None
    min_distance_km: float = DEFAULT_MIN_DISTANCE_KM
    radius_km: float = DEFAULT_RADIUS_KM
    sites: int = DEFAULT_SITES
    # False: a person counts for the first (best) proposal that reaches them only.
    count_overlap: bool = False


@dataclass(frozen=True, slots=True)
class PlacePoint:
    """Registered nationals living in one town (a map point and a planning input)."""

    country: str
    city: str
    latitude: float
    longitude: float
    people: int


@dataclass(frozen=True, slots=True)
class AssociationPoint:
    id: int
    name: str
    city: str
    latitude: float
    longitude: float
    members_estimate: int | None


@dataclass(frozen=True, slots=True)
class ConsulatePoint:
    id: int
    name: str
    city: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class HostCandidate:
    """An association within reach of a proposed site that could host the visit."""

    association_id: int
    name: str
    city: str
    distance_km: float
    members_estimate: int | None


@dataclass(frozen=True, slots=True)
class PastVisit:
    visit_id: int
    title: str
    city: str
    starts_on: dt.date
    status: VisitStatus
    distance_km: float
    served: int


@dataclass(frozen=True, slots=True)
class LikelyService:
    """A service the covered people probably need, how many, and why the planner thinks so."""

    service: ConsularService
    people: int
    reason: str


@dataclass(frozen=True, slots=True)
class CoveredTown:
    city: str
    people: int
    distance_km: float
    # Where the town is: the planner lists the people it covers from these.
    country: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    city_keys: tuple[str, ...] = ()  # the folded names the registry files the town's people under


@dataclass(frozen=True, slots=True)
class SiteProposal:
    rank: int
    country: str
    city: str
    latitude: float
    longitude: float
    nearest_consulate_id: int
    nearest_consulate: str
    distance_km: float  # from the nearest permanent consulate
    people: int  # counted for this proposal (not counted again by a later one unless overlap)
    people_within_radius: int  # everyone within the radius, counted or not before
    towns: tuple[CoveredTown, ...]
    hosts: tuple[HostCandidate, ...]
    past_visits: tuple[PastVisit, ...]
    likely_services: tuple[LikelyService, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    options: PlanOptions
    proposals: tuple[SiteProposal, ...]
    consulates: tuple[ConsulatePoint, ...]
    places: tuple[PlacePoint, ...]  # every town with registered people (for the map)
    associations: tuple[AssociationPoint, ...]
    people_far: int  # people living further than min_distance_km from every consulate
    people_without_place: int  # people whose town has no coordinates (not planned for)
    people_considered: int = 0  # people with a place in the area planned for (catchment if filtered)


@dataclass(frozen=True, slots=True)
class CoveredPerson:
    """A person a proposal covers: enough to call them in, nothing sensitive."""

    person_id: int
    name: str
    city: str
    distance_km: float


# --- The algorithm --------------------------------------------------------------------------

KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180.0


class GridIndex:
    """Points bucketed in latitude/longitude cells, for "which points lie within r km of here"."""

    def __init__(self, points: Sequence[tuple[float, float]], cell_km: float) -> None:
        self._points = [(lat, _wrap(lon)) for lat, lon in points]
        self._cell = max(cell_km, 1.0) / KM_PER_DEGREE  # degrees of latitude, and of longitude
        self._columns = math.ceil(360.0 / self._cell)
        self._rows = math.ceil(180.0 / self._cell)
        self._cells: dict[tuple[int, int], list[int]] = {}
        for index, (lat, lon) in enumerate(self._points):
            self._cells.setdefault(self._cell_of(lat, lon), []).append(index)

    def __len__(self) -> int:
        return len(self._points)

    def _cell_of(self, lat: float, lon: float) -> tuple[int, int]:
        row = min(self._rows - 1, max(0, int((lat + 90.0) / self._cell)))
        column = min(self._columns - 1, int((lon + 180.0) / self._cell))
        return row, column

    def within(self, latitude: float, longitude: float, radius_km: float) -> list[tuple[int, float]]:
        """(point index, km) of every point within ``radius_km``, nearest first."""
        found = []
        for cell in self._cells_near(latitude, _wrap(longitude), radius_km):
            for index in self._cells.get(cell, ()):
                lat, lon = self._points[index]
                km = great_circle_km(latitude, longitude, lat, lon)
                if km <= radius_km:
                    found.append((index, km))
        found.sort(key=lambda pair: (pair[1], pair[0]))
        return found

    def _cells_near(self, lat: float, lon: float, radius_km: float) -> list[tuple[int, int]]:
        low, high, spread = circle_extent(lat, radius_km)
        rows = range(self._cell_of(low, 0.0)[0], self._cell_of(high, 0.0)[0] + 1)
        if spread is None:
            columns: Sequence[int] = range(self._columns)
        else:
            columns = self._columns_between(lon - spread, lon + spread)
        return [(row, column) for row in rows for column in columns]

    def _columns_between(self, west: float, east: float) -> list[int]:
        if east - west >= 360.0:
            return list(range(self._columns))
        spans = [(west, east)]
        if west < -180.0:  # across the antimeridian
            spans = [(west + 360.0, 180.0), (-180.0, east)]
        elif east >= 180.0:
            spans = [(west, 180.0), (-180.0, east - 360.0)]
        columns: set[int] = set()
        for start, end in spans:
            columns.update(range(self._cell_of(0.0, start)[1], self._cell_of(0.0, end)[1] + 1))
        return sorted(columns)


def _wrap(longitude: float) -> float:
    """Longitude in [-180, 180)."""
    return (longitude + 180.0) % 360.0 - 180.0


@dataclass(frozen=True, slots=True)
class SiteChoice:
    """A chosen site (an index into the towns) and the towns it reaches: (index, km from the site)."""

    site: int
    counted: tuple[tuple[int, float], ...]  # the towns whose people this site counts
    within: tuple[tuple[int, float], ...]  # every town within the radius
    people: int
    people_within_radius: int


def choose_sites(
    towns: Sequence[PlacePoint], radius_km: float, sites: int, *, count_overlap: bool = False
) -> tuple[SiteChoice, ...]:
    """Up to ``sites`` towns to hold a visit in, best first.

    Without ``count_overlap`` each site is the town whose radius holds the most people that no
    earlier site counted (greedy maximum coverage; ties go to the earlier town), and stops
    when no town adds anyone. With it, sites are ranked by everyone within their radius, and a
    town inside an already chosen site's radius is not proposed again.
    """
    grid = GridIndex([(t.latitude, t.longitude) for t in towns], radius_km)
    reach = [tuple(grid.within(t.latitude, t.longitude, radius_km)) for t in towns]
    totals = [sum(towns[j].people for j, _ in near) for near in reach]
    if count_overlap:
        return _by_radius(reach, totals, sites)
    counted = [False] * len(towns)
    heap = [(-total, i) for i, total in enumerate(totals) if total > 0]
    heapq.heapify(heap)
    chosen: list[SiteChoice] = []
    while heap and len(chosen) < sites:
        stale, i = heapq.heappop(heap)
        new = tuple((j, km) for j, km in reach[i] if not counted[j])
        gain = sum(towns[j].people for j, _ in new)
        if gain <= 0:
            continue
        if gain < -stale:  # others may now do better: re-queue with the gain it has left
            heapq.heappush(heap, (-gain, i))
            continue
        for j, _ in new:
            counted[j] = True
        chosen.append(SiteChoice(i, new, reach[i], gain, totals[i]))
    return tuple(chosen)


def _by_radius(
    reach: list[tuple[tuple[int, float], ...]], totals: list[int], sites: int
) -> tuple[SiteChoice, ...]:
    taken: set[int] = set()  # towns within the radius of a chosen site: not proposed again
    chosen: list[SiteChoice] = []
    for i in sorted(range(len(totals)), key=lambda k: (-totals[k], k)):
        if len(chosen) >= sites or totals[i] <= 0:
            break
        if i in taken:
            continue
        chosen.append(SiteChoice(i, reach[i], reach[i], totals[i], totals[i]))
        taken.update(j for j, _ in reach[i])
    return tuple(chosen)


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class TownNeeds:
    """What the people of one town are recorded as needing (counts, never names)."""

    passports_due: int = 0  # expired or expiring within the horizon
    passports_expired: int = 0
    without_skills_consent: int = 0
    return_intention: int = 0

    def __add__(self, other: TownNeeds) -> TownNeeds:
        return TownNeeds(
            self.passports_due + other.passports_due,
            self.passports_expired + other.passports_expired,
            self.without_skills_consent + other.without_skills_consent,
            self.return_intention + other.return_intention,
        )


def likely_services(needs: TownNeeds, passport_horizon: dt.date) -> tuple[LikelyService, ...]:
    """The services the recorded data says people need, most people first; none is guessed."""
    found = []
    if needs.passports_due:
        found.append(
            LikelyService(
                ConsularService.PASSPORT_RENEWAL,
                needs.passports_due,
                msg(
                    "passport expired or expiring before {horizon} ({expired} already expired)",
                    horizon=passport_horizon.isoformat(),
                    expired=needs.passports_expired,
                ),
            )
        )
    if needs.without_skills_consent:
        found.append(
            LikelyService(
                ConsularService.SKILLS_REGISTRATION,
                needs.without_skills_consent,
                msg("not in the skills inventory with consent"),
            )
        )
    if needs.return_intention:
        found.append(
            LikelyService(
                ConsularService.RETURN_INFORMATION,
                needs.return_intention,
                msg("recorded an intention to return (temporary, circular, permanent or virtual)"),
            )
        )
    return tuple(sorted(found, key=lambda s: -s.people))
