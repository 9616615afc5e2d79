"""Proposes mobile-consulate sites from where registered nationals live.

Where people live is read from the index ``ix_person_geo`` alone (one pass, grouped by town);
the per-person columns that only a few towns need (skills consent, return intention) are read
afterwards for the towns the proposals count. The choice of sites is the pure
:func:`diaspora_desk.domain.planning.choose_sites`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, Consulate
from diaspora_desk.db.people_models import Person
from diaspora_desk.db.visit_models import Appointment, MobileVisit
from diaspora_desk.domain.errors import KnownError, NotFoundError, ValidationError, msg
from diaspora_desk.domain.geography import great_circle_km
from diaspora_desk.domain.people import ReturnIntention
from diaspora_desk.domain.planning import (
    AssociationPoint,
    ConsulatePoint,
    CoveredPerson,
    CoveredTown,
    GridIndex,
    HostCandidate,
    PastVisit,
    PlacePoint,
    Plan,
    PlanOptions,
    SiteChoice,
    SiteProposal,
    TownNeeds,
    choose_sites,
    likely_services,
    months_later,
)
from diaspora_desk.domain.visits import AppointmentStatus, VisitStatus
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.visits.town_people import (
    TownKey,
    active_person,
    count_in_towns,
    people_in_towns,
    towns_near,
)

HOSTS_SHOWN = 5
PAST_VISITS_SHOWN = 5
PASSPORT_HORIZON_MONTHS = 12


@dataclass(slots=True)
class _Town:
    """People of one place (one set of coordinates), maybe filed under several spellings."""

    country: str
    latitude: float
    longitude: float
    city: str = ""
    people: int = 0
    needs: TownNeeds = field(default_factory=TownNeeds)
    keys: list[TownKey] = field(default_factory=list)
    biggest: int = 0  # people under the spelling whose name the town shows
    representative: int = 0  # a person id whose city name the town shows

    def point(self) -> PlacePoint:
        return PlacePoint(self.country, self.city, self.latitude, self.longitude, self.people)

    def covered(self, km: float) -> CoveredTown:
        keys = tuple(key[1] for key in self.keys)
        return CoveredTown(self.city, self.people, km, self.country, self.latitude, self.longitude, keys)


class VisitPlanner:
    """Plans mobile consulates: sites far from the permanent consulates, nearest the most people."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def plan(self, options: PlanOptions) -> Plan:
        """Up to ``options.sites`` proposals, best first, and the points the map draws."""
        _check(options)
        today = self._clock.today()
        horizon = months_later(today, PASSPORT_HORIZON_MONTHS)
        with self._db.unit_of_work() as uow:
            session = uow.session
            consulates = _consulates(session, options.consulate_id)
            towns, without_place = _towns(session, today, horizon)
            nearest = [_nearest(consulates, t.latitude, t.longitude) for t in towns]
            area = [
                (town, near)
                for town, near in zip(towns, nearest, strict=True)
                if options.consulate_id is None or near[0].id == options.consulate_id
            ]
            far = [(t, near) for t, near in area if near[1] > options.min_distance_km]
            far.sort(key=lambda pair: (-pair[0].people, pair[0].country, pair[0].city, pair[0].latitude))
            points = [t.point() for t, _ in far]
            choices = choose_sites(
                points, options.radius_km, options.sites, count_overlap=options.count_overlap
            )
            associations = _associations(session)
            visits = _visits(session)
        hosts = GridIndex([(a.latitude, a.longitude) for a in associations], options.radius_km)
        proposals = tuple(
            _proposal(rank, choice, far, associations, hosts, visits, options.radius_km, horizon)
            for rank, choice in enumerate(choices, start=1)
        )
        return Plan(
            options=options,
            proposals=proposals,
            consulates=tuple(consulates),
            places=tuple(t.point() for t in towns),
            associations=tuple(associations),
            people_far=sum(t.people for t, _ in far),
            people_without_place=without_place,
            people_considered=sum(t.people for t, _ in area),
        )

    # The people a proposal covers -------------------------------------------------------------
    def count_covered(self, proposal: SiteProposal) -> int:
        """How many active people live in the towns the proposal counts (today's registry)."""
        with self._db.unit_of_work() as uow:
            return count_in_towns(uow.session, _proposal_keys(proposal))

    def people_covered(self, proposal: SiteProposal, offset: int, limit: int) -> list[CoveredPerson]:
        """A page of the people the proposal counts, by name."""
        with self._db.unit_of_work() as uow:
            keys = _proposal_keys(proposal)
            covered = sum(town.people for town in proposal.towns)
            return people_in_towns(
                uow.session, keys, proposal.latitude, proposal.longitude, offset, limit, covered=covered
            )

    def count_near(self, latitude: float, longitude: float, radius_km: float) -> int:
        """How many active people live within ``radius_km`` of a point, wherever the consulates are."""
        with self._db.unit_of_work() as uow:
            return sum(towns_near(uow.session, latitude, longitude, radius_km).values())

    def people_near(
        self, latitude: float, longitude: float, radius_km: float, offset: int, limit: int
    ) -> list[CoveredPerson]:
        """A page of the active people living within ``radius_km`` of a point, by name."""
        with self._db.unit_of_work() as uow:
            towns = towns_near(uow.session, latitude, longitude, radius_km)
            keys, covered = list(towns), sum(towns.values())
            return people_in_towns(uow.session, keys, latitude, longitude, offset, limit, covered=covered)


def _check(options: PlanOptions) -> None:
    errors = {}
    if not options.min_distance_km >= 0:
        errors["min_distance_km"] = msg("must be zero or more")
    if not options.radius_km > 0:
        errors["radius_km"] = msg("must be more than zero")
    if options.sites < 1:
        errors["sites"] = msg("must be at least 1")
    if errors:
        raise ValidationError(errors)


def _consulates(session: Session, consulate_id: int | None) -> list[ConsulatePoint]:
    rows = session.scalars(select(Consulate).order_by(Consulate.id)).all()
    located = [
        ConsulatePoint(c.id, c.name, c.city, c.latitude, c.longitude)
        for c in rows
        if c.latitude is not None and c.longitude is not None
    ]
    if consulate_id is not None:
        if all(c.id != consulate_id for c in rows):
            raise NotFoundError(
                msg("There is no consulate with id {consulate_id}.", consulate_id=consulate_id)
            )
        if all(c.id != consulate_id for c in located):
            raise KnownError(
                msg(
                    "Consulate {consulate_id} has no location; set its city first.", consulate_id=consulate_id
                )
            )
    if not located:
        raise KnownError(msg("No consulate has a location yet; add a consulate with its city first."))
    return located


def _nearest(consulates: Sequence[ConsulatePoint], lat: float, lon: float) -> tuple[ConsulatePoint, float]:
    return min(
        ((c, great_circle_km(lat, lon, c.latitude, c.longitude)) for c in consulates),
        key=lambda pair: (pair[1], pair[0].id),
    )


def _towns(session: Session, today: dt.date, horizon: dt.date) -> tuple[list[_Town], int]:
    """Active people per place, with what each town needs (passports, skills consent, return
    intention), in one pass over ix_person_geo alone (migration 0013); and how many have no place.

    INDEXED BY: with sampled statistics SQLite may prefer ix_person_place and look up every row
    for the archived and merged columns (3.9 s instead of 0.1 s at a million people).
    """
    expiry = Person.passport_expires_on
    rows = session.execute(
        select(
            Person.country,
            Person.city_key,
            Person.latitude,
            Person.longitude,
            func.count(),
            func.sum(case((expiry < horizon, 1), else_=0)),
            func.sum(case((expiry < today, 1), else_=0)),
            func.sum(case((Person.consent_skills.is_(False), 1), else_=0)),
            func.sum(case((Person.return_intention != ReturnIntention.NONE.value, 1), else_=0)),
            func.min(Person.id),
        )
        .with_hint(Person, "INDEXED BY ix_person_geo", dialect_name="sqlite")
        .where(active_person())
        .group_by(Person.country, Person.city_key, Person.latitude, Person.longitude)
    ).all()
    towns: dict[tuple[str, float, float], _Town] = {}
    without_place = 0
    for country, key, lat, lon, people, due, expired, no_consent, returning, first in rows:
        if lat is None or lon is None:
            without_place += people
            continue
        town = towns.setdefault((country, lat, lon), _Town(country, lat, lon))
        town.people += people
        town.needs += TownNeeds(
            passports_due=due,
            passports_expired=expired,
            without_skills_consent=no_consent,
            return_intention=returning,
        )
        town.keys.append((country, key, lat, lon))
        if people > town.biggest:
            town.biggest, town.representative = people, first
    names = _city_names(session, [t.representative for t in towns.values()])
    for town in towns.values():
        town.city = names.get(town.representative, "")
    return list(towns.values()), without_place


def _city_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        names.update(session.execute(select(Person.id, Person.city).where(Person.id.in_(chunk))).all())
    return names


def _associations(session: Session) -> list[AssociationPoint]:
    rows = session.execute(
        select(
            Association.id,
            Association.name,
            Association.city,
            Association.latitude,
            Association.longitude,
            Association.members_estimate,
        )
        .where(
            Association.archived_at.is_(None),
            Association.latitude.is_not(None),
            Association.longitude.is_not(None),
        )
        .order_by(Association.id)
    )
    return [
        AssociationPoint(aid, name, city, lat, lon, members)
        for aid, name, city, lat, lon, members in rows
        if lat is not None and lon is not None
    ]


def _visits(session: Session) -> list[tuple[PastVisit, float, float]]:
    """Every located visit (its distance filled in per site) with its latitude and longitude."""
    served = dict(
        session.execute(
            select(Appointment.visit_id, func.count())
            .where(Appointment.status == AppointmentStatus.SERVED.value)
            .group_by(Appointment.visit_id)
        ).all()
    )
    rows = session.scalars(select(MobileVisit).order_by(MobileVisit.starts_on.desc(), MobileVisit.id.desc()))
    return [
        (
            PastVisit(v.id, v.title, v.city, v.starts_on, VisitStatus(v.status), 0.0, served.get(v.id, 0)),
            lat,
            lon,
        )
        for v in rows
        if (lat := v.latitude) is not None and (lon := v.longitude) is not None
    ]


def _proposal(
    rank: int,
    choice: SiteChoice,
    far: Sequence[tuple[_Town, tuple[ConsulatePoint, float]]],
    associations: Sequence[AssociationPoint],
    hosts: GridIndex,
    visits: Sequence[tuple[PastVisit, float, float]],
    radius_km: float,
    horizon: dt.date,
) -> SiteProposal:
    site, (consulate, km) = far[choice.site]
    towns = sorted(choice.counted, key=lambda pair: (-far[pair[0]][0].people, pair[1]))
    needs = TownNeeds()
    for j, _ in choice.counted:
        needs += far[j][0].needs
    near_hosts = hosts.within(site.latitude, site.longitude, radius_km)[:HOSTS_SHOWN]
    near_visits = [
        dataclasses.replace(visit, distance_km=d)
        for visit, lat, lon in visits
        if (d := great_circle_km(site.latitude, site.longitude, lat, lon)) <= radius_km
    ]
    return SiteProposal(
        rank=rank,
        country=site.country,
        city=site.city,
        latitude=site.latitude,
        longitude=site.longitude,
        nearest_consulate_id=consulate.id,
        nearest_consulate=consulate.name,
        distance_km=km,
        people=choice.people,
        people_within_radius=choice.people_within_radius,
        towns=tuple(far[j][0].covered(d) for j, d in towns),
        hosts=tuple(
            HostCandidate(a.id, a.name, a.city, d, a.members_estimate)
            for a, d in ((associations[i], d) for i, d in near_hosts)
        ),
        past_visits=tuple(near_visits[:PAST_VISITS_SHOWN]),
        likely_services=likely_services(needs, horizon),
    )


def _proposal_keys(proposal: SiteProposal) -> list[TownKey]:
    return [(t.country, key, t.latitude, t.longitude) for t in proposal.towns for key in t.city_keys]
