"""Person validation and the skills vocabulary parsers, without a database."""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import (
    Cefr,
    Channel,
    PersonDraft,
    PersonFields,
    ReturnIntention,
    Sex,
    parse_date,
    parse_isced,
    parse_language_levels,
    parse_yes_no,
    validate_person,
)
from diaspora_desk.domain.text import fold

TODAY = dt.date(2026, 11, 24)
FAST = settings(max_examples=60, deadline=None, database=None)


def _validate(**fields: Any) -> PersonFields:
    values: dict[str, Any] = {"given_name": "Ixchel", "country": "US", **fields}
    return validate_person(PersonDraft(**values), today=TODAY, origin_country="GT")


def _errors(**fields: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        _validate(**fields)
    return info.value.errors


# -- person validation --------------------------------------------------------------------


def test_valid_person_is_normalised() -> None:
    fields = validate_person(
        PersonDraft(
            given_name="  Zoila\u200b  Ixmucané ",
            family_name="Tzul\tCuxil",
            sex="Female",
            birth_year="1984",
            country="United States",
            city="Los Angeles",
            phones=("(213) 555-0147", "+1 213 555 0147", "213.555.0199"),
            email="Zoila.Tzul@Example.ORG",
            preferred_language="SPA",
            preferred_channel="SMS",
            generation="1",
            arrival_year="2003",
            return_intention="Circular",
        ),
        today=TODAY,
        origin_country="GT",
    )
    assert fields.given_name == "Zoila Ixmucané"
    assert fields.family_name == "Tzul Cuxil"
    assert fields.sex is Sex.FEMALE
    assert fields.country == "US"
    assert fields.nationality == "GT", "nationality defaults to the origin country"
    # National format read for the host country; the same number twice is kept once.
    assert fields.phones == ("+12135550147", "+12135550199")
    assert fields.email == "Zoila.Tzul@example.org"
    assert fields.preferred_language == "es"
    assert fields.preferred_channel is Channel.SMS
    assert fields.return_intention is ReturnIntention.CIRCULAR
    assert (fields.birth_year, fields.arrival_year, fields.generation) == (1984, 2003, 1)


def test_names_in_any_script_survive_in_nfc() -> None:
    decomposed = "Jose\u0301 Nun\u0303ez"
    fields = _validate(given_name=decomposed, family_name="Ελένη Παπαδοπούλου", original_script_name="李小龍")
    assert fields.given_name == "José Nuñez"
    assert fields.family_name == "Ελένη Παπαδοπούλου"
    assert fields.original_script_name == "李小龍"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"given_name": "  ", "family_name": ""}, "given_name"),
        ({"given_name": "x" * 201}, "given_name"),
        ({"family_name": "y" * 201}, "family_name"),
        # Refused, not cut at 200 and stored as if the officer had written that.
        ({"city": "Fresno" + "o" * 200}, "city"),
        ({"original_script_name": "名" * 201}, "original_script_name"),
        ({"address": "1 Main St " * 201}, "address"),
        ({"country": ""}, "country"),
        ({"country": "Atlantis"}, "country"),
        ({"nationality": "Narnia"}, "nationality"),
        ({"dual_citizenship": "ZZ"}, "dual_citizenship"),
        ({"phones": ("12",)}, "phone"),
        # A Guatemalan number written nationally is not a number of the host country.
        ({"phones": ("5555 1234",)}, "phone"),
        ({"email": "ana@@example"}, "email"),
        ({"preferred_language": "klingonese"}, "preferred_language"),
        ({"preferred_channel": "pigeon"}, "preferred_channel"),
        ({"sex": "unknown"}, "sex"),
        ({"generation": "4"}, "generation"),
        ({"birth_year": "1850"}, "birth_year"),
        ({"birth_year": "2027"}, "birth_year"),
        ({"birth_year": "nineteen"}, "birth_year"),
        ({"arrival_year": "2030"}, "arrival_year"),
        ({"birth_year": "1990", "arrival_year": "1985"}, "arrival_year"),
        ({"return_intention": "maybe"}, "return_intention"),
    ],
)
def test_each_invalid_field_is_named(fields: dict[str, Any], field: str) -> None:
    errors = _errors(**fields)
    assert list(errors) == [field]
    assert errors[field]


def test_every_bad_field_is_reported_at_once() -> None:
    errors = _errors(country="Atlantis", email="nope", birth_year="3000", sex="x")
    assert set(errors) == {"country", "email", "birth_year", "sex"}


def test_a_phone_is_read_in_the_persons_country() -> None:
    assert _validate(country="GT", phones=("5555 1234",)).phones == ("+50255551234",)
    assert "phone" in _errors(country="GT", phones=("(213) 555-0147",))


def test_superscript_digits_in_a_year_are_a_validation_error() -> None:
    assert "birth_year" in _errors(birth_year="19⁸⁴")


@FAST
@given(st.text(alphabet=string.printable, max_size=12))
def test_any_ascii_birth_year_is_accepted_or_named(text: str) -> None:
    stripped = text.strip()
    if stripped.isdigit() and TODAY.year - 120 <= int(stripped) <= TODAY.year:
        assert _validate(birth_year=text).birth_year == int(stripped)
    elif not stripped:
        assert _validate(birth_year=text).birth_year is None
    else:
        assert list(_errors(birth_year=text)) == ["birth_year"]


# -- vocabulary parsers ------------------------------------------------------------------

LANGUAGES = {"en": "en", "EN": "en", "eng": "en", "es": "es", "spa": "es", "fr": "fr", "quc": "quc"}


@st.composite
def language_lists(draw: st.DrawFn) -> tuple[str, list[tuple[str, Cefr]]]:
    items = draw(
        st.lists(st.tuples(st.sampled_from(sorted(LANGUAGES)), st.sampled_from(list(Cefr))), max_size=6)
    )
    parts = []
    for code, level in items:
        pad = draw(st.sampled_from(["", " ", "  "]))
        sep = draw(st.sampled_from([":", "=", " : "]))
        name = draw(st.sampled_from([level.name, level.name.lower()]))
        parts.append(f"{pad}{code}{sep}{name}{pad}")
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["", " "])))  # empty items are skipped
    return ";".join(parts), [(LANGUAGES[code], level) for code, level in items]


@FAST
@given(language_lists())
def test_language_levels_parse_to_iso_codes_last_level_wins(case: tuple[str, list[tuple[str, Cefr]]]) -> None:
    text, items = case
    expected: dict[str, Cefr] = {}
    for code, level in items:
        expected[code] = level
    assert parse_language_levels(text) == tuple(expected.items())


@FAST
@given(
    st.text(alphabet=string.ascii_letters + string.digits + " -_.,", min_size=1, max_size=30).filter(
        lambda s: s.strip()
    )
)
def test_a_language_item_without_a_level_is_named_in_the_error(item: str) -> None:
    with pytest.raises(ValueError, match="is not language:LEVEL") as info:
        parse_language_levels(f"es:C2;{item}")
    assert item.strip()[:40] in str(info.value)


@pytest.mark.parametrize("text", ["en:C3", "en:D1", "en:B", "en:B12", "xx:B1", "english:B2"])
def test_unknown_levels_and_languages_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=text.split(":")[0]):
        parse_language_levels(text)


@FAST
@given(st.integers(0, 8), st.sampled_from(["", " ", "\t"]))
def test_isced_levels_zero_to_eight(level: int, pad: str) -> None:
    assert parse_isced(f"{pad}{level}{pad}") == level


@FAST
@given(st.one_of(st.integers(9, 10**6).map(str), st.text(alphabet=string.printable, max_size=8)))
def test_anything_else_is_not_an_isced_level(text: str) -> None:
    stripped = text.strip()
    if stripped.isdigit() and int(stripped) <= 8:
        assert parse_isced(text) == int(stripped)
    else:
        with pytest.raises(ValueError, match="ISCED"):
            parse_isced(text)


YES = ("yes", "y", "true", "1", "oui", "o", "si", "sí", "s", "verdadero", "vrai", "x", "Sí.")
NO = ("no", "n", "false", "0", "non", "falso", "faux", "")


@FAST
@given(st.sampled_from(YES + NO), st.booleans(), st.sampled_from(["", " ", "  "]))
def test_yes_no_in_any_case(word: str, upper: bool, pad: str) -> None:
    assert parse_yes_no(f"{pad}{word.upper() if upper else word}{pad}") is (word in YES)


@FAST
@given(
    st.text(max_size=10).filter(lambda s: fold(s).strip(" .") not in {fold(w).strip(" .") for w in YES + NO})
)
def test_anything_else_is_not_yes_or_no(text: str) -> None:
    with pytest.raises(ValueError, match="not yes or no"):
        parse_yes_no(text)


@FAST
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(["", " "]))
def test_iso_dates_round_trip(day: dt.date, pad: str) -> None:
    assert parse_date(f"{pad}{day.isoformat()}{pad}") == day


@pytest.mark.parametrize("text", ["2027-02-30", "24/11/2026", "2026-13-01", "tomorrow", ""])
def test_impossible_or_local_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(text)


def test_passport_expiry_is_an_optional_iso_date() -> None:
    assert _validate().passport_expires_on is None
    assert _validate(passport_expires_on=" 2027-03-31 ").passport_expires_on == dt.date(2027, 3, 31)
    assert "passport_expires_on" in _errors(passport_expires_on="31/03/2027")


def test_a_too_long_value_names_its_limit() -> None:
    assert _errors(city="x" * 201)["city"] == "is longer than 200 characters"
    assert _errors(address="x" * 2001)["address"] == "is longer than 2000 characters"


@pytest.mark.parametrize("field", ["locality", "region"])
def test_an_over_long_postal_part_is_refused_naming_the_limit(field: str) -> None:
    assert _errors(**{field: "Santa Lucía " * 20}) == {field: "is longer than 200 characters"}
