"""The area a visit serves: nationals by town within the radius, small counts as <5, passports due, hosts."""

from __future__ import annotations

import pytest

from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def test_briefing_profiles_the_area_with_small_counts_suppressed(services: Services, scene: Scene) -> None:
    data = services.visits.reports.briefing(scene.visit.id)
    area = data.area
    assert area is not None
    towns = {t.town: t.shown for t in area.towns}
    assert towns == {"Fresno": "7", "Clovis": "<5"}  # Los Angeles is 300 km away
    assert area.nationals_shown == "8–11"  # 7 + one hidden town
    # Passports: 8 expire within 12 months of 2026-12-05 (Clovis's 2 included), 1 already expired.
    assert (area.passports_recorded, area.passports_expiring, area.passports_expired) == ("9", "8", "<5")
    assert [a.name for a in area.associations] == ["Comité Maya de Fresno"]
    assert [p.id for p in area.past_visits] == [scene.past.id]
    assert area.past_visits[0].delivered == 2 + 6
    assert [(s.title, s.capacity_per_hour, s.total_capacity) for s in data.services] == [
        ("Passport renewal", 2, 12),
        ("Consular identity card", 4, 24),
    ]
    assert len(data.practices) == 2
    assert all(p.title for p in data.practices)


def test_a_larger_radius_reaches_further(services: Services, scene: Scene) -> None:
    area = services.visits.reports.briefing(scene.visit.id, radius_km=400).area
    assert area is not None
    assert "Los Angeles" in {t.town for t in area.towns}
    assert {a.name for a in area.associations} == {"Comité Maya de Fresno", "Club Los Ángeles"}
