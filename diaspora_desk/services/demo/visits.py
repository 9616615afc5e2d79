"""Demo mobile consulates: more consulates with jurisdictions, past and planned visits.

Everything goes through the visit and booking services, so the demo obeys the same rules
(capacity, no double booking) and leaves the same audit trail as an officer's work.
Visit 1 is always the next planned visit, so ``report visit-briefing 1`` works on any demo.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from diaspora_desk.db.models import Association
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.text import fold
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentStatus,
    ConsularService,
    EquipmentItem,
    FollowUp,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    VisitStatus,
    default_equipment,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.associations import OFFICERS, DemoCancelled
from diaspora_desk.services.visits.consulates import ConsulateDraft

# Permanent consulates besides the one set up first (generated names, real host cities).
CONSULATES = (
    ("Consulado de Guatemala en Phoenix", "Phoenix", ("US-AZ", "US-UT")),
    ("Consulado de Guatemala en Seattle", "Seattle", ("US-OR", "US-WA")),
)
FIRST_JURISDICTION = ("US-CA", "US-NV")
ROLES = ("Head of mission", "Passport officer", "Civil registry officer", "Notary", "Legal adviser")
PRACTICES = ("A.4.5.1", "A.4.4.1", "IOM.2.1")


@dataclass(frozen=True, slots=True)
class DemoVisitPlan:
    city: str
    consulate: str  # city of the consulate that sends the team
    days_from_today: int
    length: int
    services: tuple[ConsularService, ...]
    status: VisitStatus


VISITS = (
    DemoVisitPlan(
        "Fresno",
        "Los Angeles",
        18,
        2,
        (
            ConsularService.PASSPORT_RENEWAL,
            ConsularService.CONSULAR_ID,
            ConsularService.BIRTH_REGISTRATION,
            ConsularService.SKILLS_REGISTRATION,
        ),
        VisitStatus.CONFIRMED,
    ),
    DemoVisitPlan(
        "Las Vegas",
        "Los Angeles",
        -200,
        2,
        (ConsularService.PASSPORT_RENEWAL, ConsularService.CONSULAR_ID, ConsularService.NOTARIAL_ACT),
        VisitStatus.DONE,
    ),
    DemoVisitPlan(
        "Tucson",
        "Phoenix",
        -90,
        1,
        (
            ConsularService.PASSPORT_RENEWAL,
            ConsularService.LEGAL_ASSISTANCE,
            ConsularService.VOTER_REGISTRATION,
        ),
        VisitStatus.DONE,
    ),
    DemoVisitPlan(
        "Spokane",
        "Seattle",
        -40,
        1,
        (
            ConsularService.CONSULAR_ID,
            ConsularService.REMITTANCE_INFORMATION,
            ConsularService.SKILLS_REGISTRATION,
        ),
        VisitStatus.DONE,
    ),
    DemoVisitPlan(
        "Sacramento",
        "Los Angeles",
        55,
        1,
        (ConsularService.PASSPORT_RENEWAL, ConsularService.RETURN_INFORMATION),
        VisitStatus.PLANNED,
    ),
)


def build_demo_visits(services: Services, *, seed: int = 1) -> int:
    """Add the demo's other consulates and its visits; returns how many visits were made."""
    if services.visits.registry.list():
        return 0
    rng = random.Random(seed * 31337 + 4)
    consulates = _consulates(services)
    made = 0
    for plan in VISITS:
        consulate_id = consulates.get(plan.consulate)
        if consulate_id is None:
            continue
        visit = _create(services, plan, consulate_id, rng)
        _book(services, visit, rng)
        if plan.status is VisitStatus.DONE:
            _close(services, visit, rng)
        made += 1
    return made


def _consulates(services: Services) -> dict[str, int]:
    """Consulate id by city; the first consulate keeps California and Nevada."""
    existing = services.visits.consulates.list()
    if not existing:
        return {}
    first = existing[0]
    services.visits.consulates.save(
        ConsulateDraft(first.name, first.country, first.city, FIRST_JURISDICTION), first.id
    )
    by_city = {c.city: c.id for c in existing}
    for name, city, jurisdiction in CONSULATES:
        if city not in by_city:
            by_city[city] = services.visits.consulates.save(
                ConsulateDraft(name, first.country, city, jurisdiction)
            ).id
    return by_city


def _create(services: Services, plan: DemoVisitPlan, consulate_id: int, rng: random.Random) -> VisitRecord:
    starts = services.clock.today() + dt.timedelta(days=plan.days_from_today)
    team = tuple(
        TeamMember(f"{rng.choice(OFFICERS)}" if i == 0 else _officer_name(rng), ROLES[i % len(ROLES)])
        for i in range(rng.randint(3, 4))
    )
    packed = plan.status is not VisitStatus.PLANNED
    draft = VisitDraft(
        consulate_id=consulate_id,
        country="US",
        city=plan.city,
        starts_on=starts,
        ends_on=starts + dt.timedelta(days=plan.length - 1),
        opens_at=dt.time(9, 0),
        closes_at=dt.time(15, 0),
        slot_minutes=20,
        venue=f"Community hall, {plan.city}",
        host_association_id=_host(services, plan.city),
        venue_address=f"{rng.randint(100, 999)} Main St, {plan.city}",
        # A past visit takes its bookings first and is closed afterwards.
        status=VisitStatus.CONFIRMED if plan.status is VisitStatus.DONE else plan.status,
        services=tuple(
            OfferedService(s, SERVICE_CATALOGUE[s].default_capacity_per_hour) for s in plan.services
        ),
        team=team,
        equipment=tuple(EquipmentItem(item, packed) for item in default_equipment(plan.services)),
        practice_ids=_known_practices(services),
        notes="Generated demo visit.",
    )
    return services.visits.registry.create(draft)


def _host(services: Services, city: str) -> int | None:
    """An active association of the town, if the demo has one there."""
    with services.database.unit_of_work() as uow:
        return uow.session.scalar(
            select(Association.id)
            .where(Association.city_key == fold(city), Association.archived_at.is_(None))
            .order_by(Association.id)
            .limit(1)
        )


def _officer_name(rng: random.Random) -> str:
    from diaspora_desk.services.demo.names import FAMILY, GIVEN

    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _known_practices(services: Services) -> tuple[str, ...]:
    known = {p.id for p in services.practices.all()}
    return tuple(p for p in PRACTICES if p in known)


def _nearby_people(services: Services, visit: VisitRecord, limit: int) -> list[int]:
    """Generated people living within 60 km of the visit's town, as the planner finds them."""
    if visit.latitude is None or visit.longitude is None:
        return []
    near = services.visits.planner.people_near(visit.latitude, visit.longitude, 60.0, 0, limit)
    return [person.person_id for person in near]


def _book(services: Services, visit: VisitRecord, rng: random.Random) -> None:
    people = _nearby_people(services, visit, 60)
    rng.shuffle(people)
    slots = [s for s in services.visits.bookings.slots(visit.id) if s.free]
    rng.shuffle(slots)
    for person_id, slot in zip(people, slots, strict=False):
        try:
            services.visits.bookings.book(visit.id, person_id, slot.service, slot.day, slot.starts_at)
        except ValidationError:
            continue  # the slot filled up or the person is booked at that time: skip


def _close(services: Services, visit: VisitRecord, rng: random.Random) -> None:
    """Record what happened at a past visit: who came, walk-ins, issues and follow-ups."""
    for appointment in services.visits.bookings.appointments(visit.id):
        outcome = AppointmentStatus.SERVED if rng.random() < 0.8 else AppointmentStatus.NO_SHOW
        services.visits.bookings.set_status(appointment.id, outcome)
    for offered in visit.services:
        services.visits.registry.record_walk_ins(visit.id, offered.service, rng.randint(3, 25))
    draft = services.visits.registry.get(visit.id).draft()
    services.visits.registry.update(
        visit.id,
        dataclasses.replace(
            draft,
            equipment=tuple(EquipmentItem(e.item, True) for e in draft.equipment),
            issues_raised="Several people asked how to register children born here.\n"
            "Queue outside before opening; more chairs needed.",
        ),
    )
    end = visit.ends_on
    today = services.clock.today()
    services.visits.registry.add_follow_up(
        visit.id,
        FollowUp("Post the renewed passports to the people served", OFFICERS[0], end + dt.timedelta(days=21)),
    )
    services.visits.registry.add_follow_up(
        visit.id,
        FollowUp(
            "Send the host association the dates of the next visit",
            OFFICERS[1],
            end + dt.timedelta(days=30),
            min(today, end + dt.timedelta(days=12)),
        ),
    )
    services.visits.registry.set_status(visit.id, VisitStatus.DONE)


@dataclass(frozen=True, slots=True)
class FullDemo:
    associations: int
    interactions: int
    people: int
    visits: int


GUI_DEMO_PEOPLE = 2000


def build_full_demo(
    services: Services,
    *,
    associations: int = 60,
    people: int = 0,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> FullDemo:
    """The whole demo consulate: associations, people with skills, needs, consulates and visits.

    ``progress`` hears (people generated, people asked for); with ``cancel`` set the work stops
    with :class:`DemoCancelled` between steps (what is written by then stays: build into a file
    of its own, as :func:`services.demo.demo_file.build_demo_database` does).
    """
    from diaspora_desk.services.demo.associations import build_demo
    from diaspora_desk.services.demo.campaigns import build_demo_campaigns
    from diaspora_desk.services.demo.needs import build_demo_needs
    from diaspora_desk.services.demo.partners import build_demo_partners
    from diaspora_desk.services.demo.people import build_demo_people

    def check() -> None:
        if cancel is not None and cancel.is_set():
            raise DemoCancelled(msg("Demo cancelled."))

    summary = build_demo(services, associations=associations, seed=seed, cancel=cancel)
    check()
    made = (
        build_demo_people(services, people=people, seed=seed, progress=progress, cancel=cancel)
        if people
        else 0
    )
    check()
    build_demo_needs(services)
    visits = build_demo_visits(services, seed=seed)
    check()
    build_demo_campaigns(services, seed=seed)
    build_demo_partners(services, seed=seed)
    return FullDemo(summary.associations, summary.interactions, made, visits)
