"""Who lives within reach of a point: counted and paged by name, never with sensitive fields."""

from __future__ import annotations

import dataclasses

import pytest

from diaspora_desk.domain.planning import CoveredPerson
from diaspora_desk.services.composition import Services
from tests.services.visits.planner_scene import (
    GIVEN,
    TOWNS,
    Scenario,
    build_scenario,
    cosines_km,
)


@pytest.fixture
def scenario(services: Services) -> Scenario:
    return build_scenario(services)


def test_people_near_a_point_page_by_name_without_sensitive_fields(scenario: Scenario) -> None:
    planner = scenario.services.visits.planner
    fresno = scenario.cities["Fresno"]
    reach = [t for t in TOWNS if cosines_km(fresno, scenario.cities[t]) <= 60.0]
    assert planner.count_near(fresno.latitude, fresno.longitude, 60.0) == sum(TOWNS[t] for t in reach)
    pages = [
        planner.people_near(fresno.latitude, fresno.longitude, 60.0, offset, 5) for offset in (0, 5, 10, 15)
    ]
    people = [p for page in pages for p in page]
    assert [len(page) for page in pages] == [5, 5, 3, 0]
    assert len({p.person_id for p in people}) == 13
    assert [p.name.split(" ", 1)[1] for p in people] == sorted(p.name.split(" ", 1)[1] for p in people)
    assert {p.city for p in people} == set(reach)
    for p in people:
        assert p.distance_km == pytest.approx(cosines_km(fresno, scenario.cities[p.city]), abs=0.01)
    assert {f.name for f in dataclasses.fields(CoveredPerson)} == {"person_id", "name", "city", "distance_km"}


@pytest.mark.parametrize("radius_km", [5.0, 2000.0])
def test_pages_follow_the_name_order_for_a_few_people_and_for_most_of_the_registry(
    scenario: Scenario, radius_km: float
) -> None:
    # A page is read through the towns' index for a small share of the registry and by walking
    # the name index for a large one; 5 km around Fresno is one town, 2,000 km is every town.
    planner = scenario.services.visits.planner
    fresno = scenario.cities["Fresno"]
    reach = [t for t in TOWNS if cosines_km(fresno, scenario.cities[t]) <= radius_km]
    expected = sorted(
        (f"{town} Tzul", given, pid)
        for town in reach
        for given, pid in zip(GIVEN, scenario.people[town], strict=False)
    )
    pages = [
        planner.people_near(fresno.latitude, fresno.longitude, radius_km, offset, 4)
        for offset in range(0, len(expected) + 4, 4)
    ]
    sizes = [min(4, len(expected) - offset) for offset in range(0, len(expected), 4)]
    assert [len(page) for page in pages[:-1]] == sizes
    assert pages[-1] == []
    assert [p.person_id for page in pages for p in page] == [pid for _, _, pid in expected]
