"""Country and language codes and names, great-circle distances: with property tests."""

from __future__ import annotations

import math

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.geography import (
    EARTH_RADIUS_KM,
    all_countries,
    circle_extent,
    country_code,
    country_name,
    great_circle_km,
    is_subdivision_code,
    language_code,
    language_name,
    subdivisions,
)
from diaspora_desk.domain.text import fold

COUNTRIES = list(pycountry.countries)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("FR", "FR"),
        ("fra", "FR"),
        ("France", "FR"),
        ("united states", "US"),
        ("USA", "US"),
        ("côte d'ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Bolivia", "BO"),
        ("  gt ", "GT"),
        ("EE. UU.", "US"),
        ("EEUU", "US"),
        ("U.S.A.", "US"),
        ("UK", "GB"),
        ("Estados Unidos", "US"),
        ("États-Unis", "US"),
        ("México", "MX"),
        ("Mexique", "MX"),
        ("Royaume-Uni", "GB"),
        ("Alemania", "DE"),
        ("Allemagne", "DE"),
        ("Perú", "PE"),
        ("Côte d’Ivoire", "CI"),
    ],
)
def test_country_codes_and_names(typed: str, code: str) -> None:
    assert country_code(typed) == code


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(COUNTRIES))
def test_every_iso_country_round_trips_by_name_and_codes(country: object) -> None:
    alpha_2 = country.alpha_2  # type: ignore[attr-defined]
    assert country_code(country.name) == alpha_2  # type: ignore[attr-defined]
    assert country_code(country.alpha_3.lower()) == alpha_2  # type: ignore[attr-defined]
    assert country_code(alpha_2.lower()) == alpha_2


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_other_text_is_refused_with_a_message(text: str) -> None:
    message = ""
    try:
        code = country_code(text)
    except ValueError as exc:
        message = str(exc)
    else:
        assert pycountry.countries.get(alpha_2=code) is not None
        return
    assert "not an ISO 3166 country" in message


def test_language_codes_prefer_two_letters() -> None:
    assert language_code("spa") == "es"
    assert language_code("EN") == "en"
    assert language_code("quc") == "quc"
    with pytest.raises(ValueError, match="ISO 639"):
        language_code("xx1")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("es_MX", "es"), ("en-US", "en"), ("Spanish", "es"), ("español", "es"), ("Français", "fr")],
)
def test_languages_by_locale_or_name(typed: str, code: str) -> None:
    assert language_code(typed) == code


def test_great_circle_distance_paris_london() -> None:
    assert great_circle_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, rel=0.01)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.floats(-80, 80),
    st.floats(-179, 179),
    st.floats(1, 300),
    st.floats(0, 360),
    st.floats(0, 1),
)
def test_every_point_within_the_radius_is_inside_the_circle_extent(
    lat: float, lon: float, radius: float, bearing: float, fraction: float
) -> None:
    """A point at any bearing and distance up to the radius lies inside the bounding box."""
    angle = radius * fraction / EARTH_RADIUS_KM
    p1, b = math.radians(lat), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(angle) + math.cos(p1) * math.sin(angle) * math.cos(b))
    dl = math.atan2(
        math.sin(b) * math.sin(angle) * math.cos(p1), math.cos(angle) - math.sin(p1) * math.sin(p2)
    )
    south, north, spread = circle_extent(lat, radius)
    assert south - 1e-9 <= math.degrees(p2) <= north + 1e-9
    assert spread is not None
    assert abs(math.degrees(dl)) <= spread + 1e-9


def test_country_names_are_the_everyday_ones_and_unknown_codes_show_as_typed() -> None:
    assert country_name("GT") == "Guatemala"
    assert country_name("bo") == "Bolivia"  # common name, not "Bolivia, Plurinational State of"
    assert country_name("XX") == "XX"
    assert country_name("") == ""


def test_the_country_list_is_complete_and_sorted_ignoring_accents() -> None:
    countries = all_countries()
    assert len(countries) == len(COUNTRIES)
    names = [name for _code, name in countries]
    assert names == sorted(names, key=fold)
    # Åland sorts among the A's, not after Zimbabwe.
    assert names.index("Åland Islands") < names.index("Albania")


def test_subdivisions_are_iso_3166_2_codes_sorted_by_name() -> None:
    departments = subdivisions("gt")
    assert ("GT-16", "Alta Verapaz") in departments
    assert len(departments) == 22
    assert [name for _code, name in departments] == sorted((name for _code, name in departments), key=fold)
    assert subdivisions("XX") == []
    assert is_subdivision_code("us-ca")
    assert not is_subdivision_code("US-XX")


def test_language_names_in_english_and_unknown_codes_as_typed() -> None:
    assert language_name("es") == "Spanish"
    assert language_name("quc") == "K'iche'"
    assert language_name("zzz") == "zzz"


@settings(max_examples=150, deadline=None)
@given(st.floats(-90, 90), st.floats(-180, 180), st.floats(-90, 90), st.floats(-180, 180))
def test_distances_are_symmetric_and_never_more_than_half_the_globe(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    there = great_circle_km(lat1, lon1, lat2, lon2)
    assert there == pytest.approx(great_circle_km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0 <= there <= math.pi * EARTH_RADIUS_KM + 1e-6
    assert great_circle_km(lat1, lon1, lat1, lon1) == pytest.approx(0, abs=1e-6)


def test_a_circle_reaching_a_pole_spans_every_longitude() -> None:
    south, north, spread = circle_extent(89.0, 200.0)
    assert north > 90
    assert south == pytest.approx(89.0 - 200.0 / EARTH_RADIUS_KM * 180 / math.pi)
    assert spread is None
    assert circle_extent(0.0, 100.0)[2] == pytest.approx(0.8993, abs=1e-3)
