"""The planner on real gazetteer towns of California and Arizona, checked by independent arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.errors import NotFoundError, ValidationError
from diaspora_desk.domain.planning import CoveredPerson, Plan, PlanOptions
from diaspora_desk.domain.visits import AppointmentStatus, ConsularService, OfferedService, VisitDraft
from diaspora_desk.services.composition import Services
from tests.services.visits.planner_scene import (
    TOWNS,
    Scenario,
    build_scenario,
    cosines_km,
)

# Registered people per town. Santa Ana is 49 km from the Los Angeles consulate (never a site);
# Tucson is nearest the Phoenix consulate; Fresno, Clovis, Madera, Merced, Visalia and Hanford
# lie 270-415 km from Los Angeles, within 30-90 km of each other, so radii overlap.


@pytest.fixture
def scenario(services: Services) -> Scenario:
    return build_scenario(services)


def expected_sites(s: Scenario, options: PlanOptions) -> list[tuple[str, int]]:
    """Greedy maximum coverage over the far towns, computed here from the table above."""
    consulates = [s.cities[c] for c in s.consulates if options.consulate_id in (None, s.consulates[c])]
    every = [s.cities["Los Angeles"], s.cities["Phoenix"]]
    far = {
        town: n
        for town, n in TOWNS.items()
        if min(cosines_km(s.cities[town], c) for c in every) > options.min_distance_km
        and min(every, key=lambda c: cosines_km(s.cities[town], c)) in consulates
    }
    counted: set[str] = set()
    chosen = []
    for _ in range(options.sites):
        gains = {
            site: sum(
                n
                for town, n in far.items()
                if town not in counted and cosines_km(s.cities[site], s.cities[town]) <= options.radius_km
            )
            for site in far
        }
        best = max(gains.values(), default=0)
        if best == 0:
            break
        site = next(t for t in sorted(far, key=lambda t: (-far[t], t)) if gains[t] == best)
        counted |= {t for t in far if cosines_km(s.cities[site], s.cities[t]) <= options.radius_km}
        chosen.append((site, best))
    return chosen


def everyone_covered(s: Scenario, plan: Plan, page: int = 4) -> list[list[CoveredPerson]]:
    """Each proposal's people, read page by page."""
    result = []
    for proposal in plan.proposals:
        people: list[CoveredPerson] = []
        while batch := s.services.visits.planner.people_covered(proposal, len(people), page):
            people += batch
        result.append(people)
    return result


def test_proposals_are_the_best_far_sites_with_distances_checked_independently(scenario: Scenario) -> None:
    options = PlanOptions(sites=10)
    plan = scenario.services.visits.planner.plan(options)
    assert [(p.city, p.people) for p in plan.proposals] == expected_sites(scenario, options)
    # Hanford, between Fresno and Visalia, reaches more people than Fresno itself.
    assert plan.proposals[0].city == "Hanford"
    assert plan.proposals[0].people > TOWNS["Fresno"] + TOWNS["Clovis"]
    for p in plan.proposals:
        site = scenario.cities[p.city]
        assert (p.latitude, p.longitude) == (site.latitude, site.longitude)
        nearest = min(scenario.consulates, key=lambda c: cosines_km(site, scenario.cities[c]))
        assert p.nearest_consulate_id == scenario.consulates[nearest]
        assert p.distance_km == pytest.approx(cosines_km(site, scenario.cities[nearest]), abs=0.01)
        assert p.distance_km > options.min_distance_km
        for town in p.towns:
            assert town.distance_km == pytest.approx(cosines_km(site, scenario.cities[town.city]), abs=0.01)
            assert town.distance_km <= options.radius_km
        assert [t.people for t in p.towns] == sorted((t.people for t in p.towns), reverse=True)
    # Straight-line Los Angeles to Sacramento is about 580 km on any map.
    sacramento = next(p for p in plan.proposals if p.city == "Sacramento")
    assert 570 < sacramento.distance_km < 590


def test_people_near_a_consulate_or_without_a_place_are_not_planned_for(scenario: Scenario) -> None:
    plan = scenario.services.visits.planner.plan(PlanOptions(sites=10))
    covered = {t.city for p in plan.proposals for t in p.towns}
    assert "Santa Ana" not in covered
    assert plan.people_far == sum(TOWNS.values()) - TOWNS["Santa Ana"]
    assert plan.people_considered == sum(TOWNS.values())
    assert plan.people_without_place == 1
    assert {(p.city, p.people) for p in plan.places} == set(TOWNS.items())
    further = PlanOptions(min_distance_km=400, sites=10)
    far_only = scenario.services.visits.planner.plan(further)
    assert [(p.city, p.people) for p in far_only.proposals] == expected_sites(scenario, further)
    assert {p.city for p in far_only.proposals} == {"Sacramento", "Merced"}
    assert all(p.distance_km > 400 for p in far_only.proposals)


def test_no_person_counts_for_two_proposals_unless_overlap_is_asked_for(scenario: Scenario) -> None:
    planner = scenario.services.visits.planner
    plan = planner.plan(PlanOptions(sites=10))
    lists = everyone_covered(scenario, plan)
    ids = [person.person_id for people in lists for person in people]
    assert len(ids) == len(set(ids)) == sum(p.people for p in plan.proposals) == plan.people_far
    for proposal, people in zip(plan.proposals, lists, strict=True):
        assert planner.count_covered(proposal) == proposal.people == len(people)
        assert proposal.people <= proposal.people_within_radius

    overlap = planner.plan(PlanOptions(sites=10, count_overlap=True))
    lists = everyone_covered(scenario, overlap)
    ids = [person.person_id for people in lists for person in people]
    assert len(ids) > len(set(ids))  # Fresno and Clovis count for Hanford and for Madera
    for proposal in overlap.proposals:
        site = scenario.cities[proposal.city]
        within = sum(
            n
            for town, n in TOWNS.items()
            if town != "Santa Ana" and cosines_km(site, scenario.cities[town]) <= 60.0
        )
        assert proposal.people == proposal.people_within_radius == within


def test_a_consulate_plans_for_the_people_nearest_to_it_only(scenario: Scenario) -> None:
    planner = scenario.services.visits.planner
    phoenix = planner.plan(PlanOptions(consulate_id=scenario.consulates["Phoenix"]))
    # Tucson had five registrations: one archived, one merged into another; three people remain.
    assert [(p.city, p.people) for p in phoenix.proposals] == [("Tucson", 3)]
    assert phoenix.people_considered == 3
    los_angeles = PlanOptions(consulate_id=scenario.consulates["Los Angeles"], sites=10)
    plan = planner.plan(los_angeles)
    assert "Tucson" not in {t.city for p in plan.proposals for t in p.towns}
    assert [(p.city, p.people) for p in plan.proposals] == expected_sites(scenario, los_angeles)
    with pytest.raises(NotFoundError, match="no consulate with id 999"):
        planner.plan(PlanOptions(consulate_id=999))
    with pytest.raises(ValidationError, match="radius_km"):
        planner.plan(PlanOptions(radius_km=0))


def test_likely_services_count_what_is_recorded(scenario: Scenario) -> None:
    plan = scenario.services.visits.planner.plan(PlanOptions(sites=10))
    sacramento = next(p for p in plan.proposals if p.city == "Sacramento")
    assert [t.city for t in sacramento.towns] == ["Sacramento"]
    found = {s.service: s for s in sacramento.likely_services}
    assert set(found) == {
        ConsularService.PASSPORT_RENEWAL,
        ConsularService.SKILLS_REGISTRATION,
        ConsularService.RETURN_INFORMATION,
    }
    assert found[ConsularService.PASSPORT_RENEWAL].people == 3  # expired, a day before, in 30 days
    assert "1 already expired" in found[ConsularService.PASSPORT_RENEWAL].reason
    assert found[ConsularService.SKILLS_REGISTRATION].people == 4
    assert found[ConsularService.RETURN_INFORMATION].people == 2
    san_diego = next(p for p in plan.proposals if p.city == "San Diego")
    assert [(s.service, s.people) for s in san_diego.likely_services] == [
        (ConsularService.SKILLS_REGISTRATION, 2)
    ]


def test_hosts_and_past_visits_near_a_site(scenario: Scenario) -> None:
    from diaspora_desk.domain.association import AssociationDraft

    services = scenario.services
    host = services.associations.registry.create(
        AssociationDraft(name="Comité de Hanford", country="US", city="Hanford")
    )
    gone = services.associations.registry.create(
        AssociationDraft(name="Club de Visalia", country="US", city="Visalia")
    )
    services.associations.registry.set_archived(gone.id, True)
    services.associations.registry.create(
        AssociationDraft(name="Unión de Merced", country="US", city="Merced")
    )
    day = scenario.today - dt.timedelta(days=30)
    visit = services.visits.registry.create(
        VisitDraft(
            consulate_id=scenario.consulates["Los Angeles"],
            country="US",
            city="Visalia",
            starts_on=day,
            ends_on=day,
            services=(OfferedService(ConsularService.PASSPORT_RENEWAL, 4),),
        )
    )
    slot = services.visits.bookings.slots(visit.id)[0]
    for pid in scenario.people["Visalia"][:2]:
        booked = services.visits.bookings.book(visit.id, pid, slot.service, slot.day, slot.starts_at)
        services.visits.bookings.set_status(booked.id, AppointmentStatus.SERVED)
    plan = services.visits.planner.plan(PlanOptions(sites=10))
    hanford = plan.proposals[0]
    assert hanford.city == "Hanford"
    assert [(h.association_id, h.distance_km) for h in hanford.hosts] == [(host.id, 0.0)]
    [past] = hanford.past_visits
    assert (past.visit_id, past.served, past.starts_on) == (visit.id, 2, day)
    assert past.distance_km == pytest.approx(
        cosines_km(scenario.cities["Hanford"], scenario.cities["Visalia"]), abs=0.01
    )
    assert {a.name for a in plan.associations} == {"Comité de Hanford", "Unión de Merced"}
