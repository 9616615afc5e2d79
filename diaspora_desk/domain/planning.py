"""Mobile-visit planning: the records the planner returns and the map draws.

The planning algorithm itself is added here too (pure functions over places and counts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
