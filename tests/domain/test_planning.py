"""The planning algorithm: the grid finds exactly the towns in reach, greedy choice, no double count."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.geography import great_circle_km
from diaspora_desk.domain.planning import (
    GridIndex,
    PlacePoint,
    TownNeeds,
    choose_sites,
    likely_services,
    months_later,
)
from diaspora_desk.domain.visits import ConsularService

FAST = settings(max_examples=60, deadline=None, database=None)
EARTH_KM = 6371.0088


def cosines_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Spherical law of cosines: independent of the app's haversine."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return EARTH_KM * math.acos(max(-1.0, min(1.0, c)))


latitudes = st.floats(-89.9, 89.9, allow_nan=False)
longitudes = st.floats(-180.0, 179.999, allow_nan=False)
points = st.lists(st.tuples(latitudes, longitudes), min_size=1, max_size=60)


@FAST
@given(points, latitudes, longitudes, st.floats(1.0, 3000.0))
def test_grid_finds_exactly_the_points_within_the_radius(
    where: list[tuple[float, float]], lat: float, lon: float, radius: float
) -> None:
    grid = GridIndex(where, cell_km=radius)
    found = grid.within(lat, lon, radius)
    expected = {i for i, (a, b) in enumerate(where) if great_circle_km(lat, lon, a, b) <= radius}
    assert {i for i, _ in found} == expected
    assert [km for _, km in found] == sorted(km for _, km in found)
    for i, km in found:
        assert math.isclose(km, cosines_km(lat, lon, *where[i]), abs_tol=0.01)


def test_grid_reaches_across_the_antimeridian_and_over_the_pole() -> None:
    where = [(0.0, 179.9), (0.0, -179.9), (89.5, 0.0), (89.5, 180.0 - 1e-9), (0.0, 0.0)]
    grid = GridIndex(where, cell_km=50.0)
    assert {i for i, _ in grid.within(0.0, -179.95, 30.0)} == {0, 1}
    assert {i for i, _ in grid.within(89.9, 90.0, 100.0)} == {2, 3}


towns = st.lists(
    st.builds(
        PlacePoint,
        country=st.just("US"),
        city=st.just("town"),
        latitude=st.floats(30.0, 31.5),
        longitude=st.floats(-100.0, -98.0),
        people=st.integers(1, 40),
    ),
    min_size=1,
    max_size=40,
)


def naive_greedy(places: list[PlacePoint], radius: float, sites: int) -> list[tuple[int, int]]:
    """Textbook greedy maximum coverage over every pair of towns: (site, people counted)."""
    counted: set[int] = set()
    chosen = []
    for _ in range(sites):
        best, best_gain = -1, 0
        for i, a in enumerate(places):
            gain = sum(
                b.people
                for j, b in enumerate(places)
                if j not in counted
                and great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude) <= radius
            )
            if gain > best_gain:
                best, best_gain = i, gain
        if best < 0:
            break
        counted |= {
            j
            for j, b in enumerate(places)
            if great_circle_km(places[best].latitude, places[best].longitude, b.latitude, b.longitude)
            <= radius
        }
        chosen.append((best, best_gain))
    return chosen


@FAST
@given(towns, st.floats(5.0, 120.0), st.integers(1, 8))
def test_sites_are_the_greedy_maximum_coverage_and_nobody_counts_twice(
    places: list[PlacePoint], radius: float, sites: int
) -> None:
    chosen = choose_sites(places, radius, sites)
    assert [(c.site, c.people) for c in chosen] == naive_greedy(places, radius, sites)
    counted = [j for c in chosen for j, _ in c.counted]
    assert len(counted) == len(set(counted))
    assert sum(c.people for c in chosen) == sum(places[j].people for j in set(counted))
    for c in chosen:
        assert c.people == sum(places[j].people for j, _ in c.counted) <= c.people_within_radius
        assert {j for j, _ in c.counted} <= {j for j, _ in c.within}
    if len(chosen) < sites:  # it stopped early only because every town was counted
        assert set(counted) == set(range(len(places)))


@FAST
@given(towns, st.floats(5.0, 120.0), st.integers(1, 8))
def test_counting_overlap_counts_everyone_in_each_radius(
    places: list[PlacePoint], radius: float, sites: int
) -> None:
    chosen = choose_sites(places, radius, sites, count_overlap=True)
    for c in chosen:
        site = places[c.site]
        reach = {
            j
            for j, b in enumerate(places)
            if great_circle_km(site.latitude, site.longitude, b.latitude, b.longitude) <= radius
        }
        assert {j for j, _ in c.counted} == reach
        assert c.people == c.people_within_radius == sum(places[j].people for j in reach)
    assert [c.people for c in chosen] == sorted((c.people for c in chosen), reverse=True)
    for k, later in enumerate(chosen):  # no site sits inside the radius of a better one
        for earlier in chosen[:k]:
            a, b = places[earlier.site], places[later.site]
            assert great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude) > radius


def test_a_town_between_two_clusters_wins_over_the_biggest_town() -> None:
    # Two clusters 80 km apart: the town halfway reaches both within 60 km.
    west = PlacePoint("US", "West", 35.0, -100.0, 10)
    east = PlacePoint("US", "East", 35.0, -100.0 + 80 / (111.195 * math.cos(math.radians(35))), 9)
    middle = PlacePoint("US", "Middle", 35.0, (west.longitude + east.longitude) / 2, 1)
    chosen = choose_sites([west, east, middle], 60.0, 3)
    assert [(c.site, c.people) for c in chosen] == [(2, 20)]
    overlap = choose_sites([west, east, middle], 30.0, 3, count_overlap=True)
    assert [(c.site, c.people) for c in overlap] == [(0, 10), (1, 9), (2, 1)]


def test_months_later_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert months_later(dt.date(2026, 11, 24), 12) == dt.date(2027, 11, 24)
    assert months_later(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)
    assert months_later(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert months_later(dt.date(2026, 12, 31), 3) == dt.date(2027, 3, 31)


def test_likely_services_leave_out_what_nobody_needs_and_rank_the_rest() -> None:
    needs = TownNeeds(passports_due=7, passports_expired=2, without_skills_consent=0, return_intention=9)
    found = likely_services(needs + TownNeeds(passports_due=1), dt.date(2027, 11, 24))
    assert [(s.service, s.people) for s in found] == [
        (ConsularService.RETURN_INFORMATION, 9),
        (ConsularService.PASSPORT_RENEWAL, 8),
    ]
    assert "2027-11-24" in found[1].reason
    assert "2 already expired" in found[1].reason
    assert likely_services(TownNeeds(), dt.date(2027, 11, 24)) == ()
