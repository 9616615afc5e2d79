"""The offline gazetteer finds towns the way officers type them."""

from __future__ import annotations

import pytest

from diaspora_desk.services.common.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("country", "typed", "expected"),
    [
        ("US", "los angeles", "Los Angeles"),
        ("IT", "Milano", "Milan"),
        ("DE", "münchen", "Munich"),
        ("DE", "Munchen", "Munich"),
        ("CH", "GENÈVE", "Geneva"),
        ("GT", "quetzaltenango", "Quetzaltenango"),
    ],
)
def test_lookup_by_name_or_local_spelling(
    gazetteer: Gazetteer, country: str, typed: str, expected: str
) -> None:
    city = gazetteer.lookup(country, typed)
    assert city is not None
    assert city.name == expected
    assert city.country == country


def test_the_most_populous_namesake_wins(gazetteer: Gazetteer) -> None:
    springfield = gazetteer.lookup("US", "Springfield")
    assert springfield is not None
    others = [c for c in gazetteer.cities("US") if c.name == "Springfield"]
    assert len(others) > 1
    assert springfield.population == max(c.population for c in others)


def test_unknown_town_and_country_give_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("US", "Nowhere Creek Junction") is None
    assert gazetteer.lookup("XX", "Paris") is None
    assert gazetteer.lookup("FR", "") is None


def test_names_for_completion_start_with_the_largest(gazetteer: Gazetteer) -> None:
    names = gazetteer.names("FR")
    assert names[0] == "Paris"
    assert len(names) == len(set(names))


def test_time_zone_of_a_town_or_of_the_nearest_town_to_its_coordinates(gazetteer: Gazetteer) -> None:
    assert gazetteer.time_zone("US", "Fresno") == "America/Los_Angeles"
    assert gazetteer.time_zone("US", "Phoenix") == "America/Phoenix"  # no daylight saving there
    assert gazetteer.time_zone("MX", "Tijuana") == "America/Tijuana"
    # A hamlet the gazetteer does not know, east of Denver: the nearest known town's zone.
    assert gazetteer.time_zone("US", "Nowhere Crossing", 39.7, -104.5) == "America/Denver"
    assert gazetteer.time_zone("US", "Nowhere Crossing") is None  # no coordinates: no guess
