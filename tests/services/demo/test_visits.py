"""The demo has consulates with jurisdictions, past visits with results and visit 1 planned ahead."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.domain.visits import AppointmentStatus, VisitStatus
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.composition import Services, open_services
from diaspora_desk.services.demo.visits import build_full_demo


def test_the_demo_has_consulates_and_past_and_planned_visits(services: Services) -> None:
    summary = build_full_demo(services, associations=40, people=600, seed=3)
    assert summary.visits == 5
    consulates = {c.city: c.jurisdiction for c in services.visits.consulates.list()}
    assert consulates["Phoenix"] == ("US-AZ", "US-UT")
    assert consulates["Seattle"] == ("US-OR", "US-WA")
    first = services.visits.registry.get(1)
    assert first.starts_on > services.clock.today()
    assert first.status is VisitStatus.CONFIRMED
    visits = services.visits.registry.list()
    done = [v for v in visits if v.status is VisitStatus.DONE]
    assert len(done) == 3
    assert all(v.ends_on < services.clock.today() for v in done)
    for visit in done:
        results = services.visits.registry.results(visit.id)
        assert results.delivered > 0
        assert results.walk_ins > 0
        assert all(r.booked <= r.capacity for r in results.services)
        appointments = services.visits.bookings.appointments(visit.id)
        assert all(a.status in (AppointmentStatus.SERVED, AppointmentStatus.NO_SHOW) for a in appointments)
        assert services.visits.registry.get(visit.id).follow_ups


def test_the_demo_visits_are_the_same_for_the_same_seed(
    tmp_path: Path, clock: FixedClock, gazetteer: Gazetteer
) -> None:
    def appointments(name: str) -> list[tuple[object, ...]]:
        built = open_services(tmp_path / name, clock=clock, gazetteer=gazetteer)
        try:
            build_full_demo(built, associations=20, people=300, seed=5)
            return [
                (a.person_name, a.service, a.day, a.starts_at, a.status)
                for visit in built.visits.registry.list()
                for a in built.visits.bookings.appointments(visit.id)
            ]
        finally:
            built.close()

    first = appointments("one.sqlite")
    assert first
    assert first == appointments("two.sqlite")
