"""Registered people in real gazetteer towns of California and Arizona, for the planner's tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.planning import SiteProposal
from diaspora_desk.services.common.gazetteer import City
from diaspora_desk.services.composition import Services
from diaspora_desk.services.visits.consulates import ConsulateDraft

EARTH_KM = 6371.0088


TOWNS = {
    "Fresno": 6,
    "Clovis": 3,
    "Madera": 2,
    "Merced": 3,
    "Visalia": 4,
    "Hanford": 2,
    "Sacramento": 5,
    "San Diego": 2,
    "Tucson": 3,
    "Santa Ana": 4,
}


GIVEN = ("Ana", "Bernardo", "Carmen", "Diego", "Elena", "Felipe", "Gloria")


def cosines_km(a: City | SiteProposal, b: City | SiteProposal) -> float:
    """Great-circle distance by the spherical law of cosines (not the app's haversine)."""
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dl = math.radians(b.longitude - a.longitude)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return EARTH_KM * math.acos(max(-1.0, min(1.0, c)))


@dataclass
class Scenario:
    services: Services
    cities: dict[str, City]
    consulates: dict[str, int]  # consulate id by city
    people: dict[str, list[int]]  # active people by town
    today: dt.date


def add_person(services: Services, given: str, town: str, **changes: Any) -> int:
    draft = PersonDraft(given_name=given, family_name=f"{town} Tzul", country="US", city=town)
    return services.people.registry.create(dataclasses.replace(draft, **changes)).id


def build_scenario(services: Services) -> Scenario:
    """People in real towns, two consulates, an archived and a merged person, passports, consents."""
    phoenix = services.visits.consulates.save(
        ConsulateDraft("Consulate in Phoenix", "US", "Phoenix", ("US-AZ",))
    )
    los_angeles = next(c for c in services.visits.consulates.list() if c.city == "Los Angeles")
    cities = {name: services.gazetteer.lookup("US", name) for name in [*TOWNS, "Los Angeles", "Phoenix"]}
    assert all(city is not None and city.admin1 in ("CA", "AZ") for city in cities.values())
    people = {town: [add_person(services, GIVEN[i], town) for i in range(n)] for town, n in TOWNS.items()}
    today = services.clock.today()
    horizon = dt.date(today.year + 1, today.month, today.day)
    # Sacramento: 3 passports due (one expired, one a day before the horizon), 2 on return paths,
    # 1 in the skills inventory with consent.
    expiries = (
        today - dt.timedelta(days=10),
        horizon - dt.timedelta(days=1),
        horizon,
        None,
        today + dt.timedelta(30),
    )
    intentions = ("temporary", "virtual", "none", "none", "none")
    for pid, day, intention in zip(people["Sacramento"], expiries, intentions, strict=True):
        update_person(
            services, pid, passport_expires_on=day.isoformat() if day else "", return_intention=intention
        )
    services.people.consent.set_consent(
        people["Sacramento"][2], ConsentPurpose.SKILLS_INVENTORY, True, how="signed form"
    )
    # Two more in Tucson who must not count: one archived, one merged into a registered person.
    archived = add_person(services, "Gloria", "Tucson")
    services.people.registry.set_archived(archived, True)
    duplicate = add_person(services, GIVEN[0], "Tucson")
    services.people.duplicates.merge(people["Tucson"][0], duplicate)
    add_person(services, "Hugo", "Atlantis Springs")  # a town the gazetteer does not know
    consulates = {"Los Angeles": los_angeles.id, "Phoenix": phoenix.id}
    return Scenario(services, {k: v for k, v in cities.items() if v}, consulates, people, today)


def update_person(services: Services, person_id: int, **changes: Any) -> None:
    record = services.people.registry.get(person_id)
    draft = PersonDraft(
        given_name=record.given_name, family_name=record.family_name, country="US", city=record.city
    )
    services.people.registry.update(person_id, dataclasses.replace(draft, **changes))
