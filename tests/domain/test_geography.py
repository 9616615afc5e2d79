"""Country and language codes and names, great-circle distances: with property tests."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.geography import country_code, great_circle_km, language_code

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
    import math

    from diaspora_desk.domain.geography import EARTH_RADIUS_KM, circle_extent

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
