"""Country and language codes, great-circle distances, text folding: with property tests."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.association import AssociationDraft, validate_association
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.geography import country_code, great_circle_km, language_code
from diaspora_desk.domain.text import clean_text, fold

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


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_fold_and_clean_are_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert clean_text(clean_text(text)) == clean_text(text)
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()


def test_fold_ignores_case_and_accents_and_clean_drops_invisible_characters() -> None:
    assert fold("Asociación  ÑANDÚ") == "asociacion nandu"
    assert fold("Ελληνική") == fold("ελληνικη")
    assert clean_text("Ana\u200b María\x00\n López ") == "Ana María López"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (AssociationDraft(name="", country="US"), "name"),
        (AssociationDraft(name="X", country="US", type="club"), "type"),
        (AssociationDraft(name="X", country="Atlantis"), "country"),
        (AssociationDraft(name="X", country="US", phones=("12",)), "phone"),
        (AssociationDraft(name="X", country="US", emails=("nope",)), "email"),
        (AssociationDraft(name="X", country="US", founded_year="2999"), "founded_year"),
        (AssociationDraft(name="X", country="US", members_estimate="-4"), "members_estimate"),
        (AssociationDraft(name="X", country="US", focus_areas=("dancing",)), "focus_areas"),
        (AssociationDraft(name="X", country="US", languages=("zz9",)), "languages"),
        (AssociationDraft(name="X" * 300, country="US"), "name"),
    ],
)
def test_each_bad_field_is_named(draft: AssociationDraft, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_association(draft, today=dt.date(2026, 11, 24))
    assert field in caught.value.errors


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
