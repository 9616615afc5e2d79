"""Person validation, the skills vocabulary parsers and match scoring, without a database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.matching import (
    WEIGHTS,
    Features,
    NeedMode,
    NeedSpec,
    occupation_level,
    score,
)
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
CRITERIA = ("occupation", "qualification", "experience", "languages", "availability", "mode")


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


# -- matching ------------------------------------------------------------------------------

SPEC = NeedSpec(
    isco_codes=("2221",),
    min_isced=6,
    min_years_experience=5,
    languages=(("es", Cefr.C1), ("en", Cefr.B1)),
    mode=NeedMode.ON_SITE_TEMPORARY,
    earliest=dt.date(2027, 1, 1),
    latest=dt.date(2027, 3, 31),
    duration_days=30,
)
PERFECT = Features(
    isco_codes=("2221",),
    years_experience=12,
    max_isced=7,
    language_levels={"es": 6, "en": 4},
    available_days=60,
    return_intention=ReturnIntention.TEMPORARY,
)


@pytest.mark.parametrize(
    ("person", "need", "level"),
    [
        (("2221",), ("2221",), 4),
        (("2222",), ("2221",), 3),
        (("2211",), ("2221",), 2),
        (("2512",), ("2221",), 0),
        (("3221",), ("2221",), 0),
        (("2512",), ("251",), 4),  # a need for a minor group takes every unit in it
        (("2519",), ("25",), 4),
        (("2522",), ("251",), 2),
        (("7112", "2222"), ("2221",), 3),  # the closest of the person's occupations counts
        (("7112",), ("9112", "7115"), 3),
        ((), ("2221",), 0),
    ],
)
def test_occupation_level(person: tuple[str, ...], need: tuple[str, ...], level: int) -> None:
    assert occupation_level(person, need) == level


@pytest.mark.parametrize(
    ("code", "points", "detail"),
    [
        ("2221", 40.0, "same occupation group"),
        ("2222", 28.0, "same minor group"),
        ("2211", 16.0, "same sub-major group"),
        ("7112", 0.0, "no match"),
    ],
)
def test_occupation_criterion_explains_the_level(code: str, points: float, detail: str) -> None:
    total, criteria = score(SPEC, dataclasses.replace(PERFECT, isco_codes=(code,)))
    occupation = criteria[0]
    assert (occupation.name, occupation.points, occupation.detail) == ("occupation", points, detail)
    assert total == pytest.approx(60 + points)


def test_a_perfect_candidate_scores_100_and_explains_every_criterion() -> None:
    total, criteria = score(SPEC, PERFECT)
    assert total == 100
    assert [c.name for c in criteria] == list(CRITERIA)
    details = {c.name: c.detail for c in criteria}
    assert details["qualification"] == "ISCED 7 ≥ 6"
    assert details["experience"] == "12 of 5 years asked"
    assert details["languages"] == "es C2 ≥ C1; en B2 ≥ B1"
    assert details["availability"] == "30 of 30 days available in the window"
    assert details["mode"] == "wants temporary return; need is on_site_temporary"


def test_partial_candidate_gets_partial_points_with_reasons() -> None:
    partial = Features(
        isco_codes=("2221",),
        years_experience=2,
        max_isced=5,
        language_levels={"es": 4},
        available_days=10,
        return_intention=ReturnIntention.PERMANENT,
    )
    total, criteria = score(SPEC, partial)
    points = {c.name: c.points for c in criteria}
    assert points == pytest.approx(
        {
            "occupation": 40,
            "qualification": 5,
            "experience": 4,
            "languages": 3.75,
            "availability": 10 / 3,
            "mode": 5,
        }
    )
    assert total == 61.1
    details = {c.name: c.detail for c in criteria}
    assert details["qualification"] == "ISCED 5, one below 6"
    assert details["languages"] == "es B2, one below C1; en none < B1"
    assert details["availability"] == "10 of 30 days available in the window"


def test_missing_information_scores_nothing_for_that_criterion() -> None:
    unknown = Features(("2221",), None, None, {}, None, ReturnIntention.NONE)
    _total, criteria = score(SPEC, unknown)
    points = {c.name: c.points for c in criteria}
    assert points == {
        "occupation": 40,
        "qualification": 0,
        "experience": 0,
        "languages": 0,
        "availability": 0,
        "mode": 0,
    }
    assert {c.name: c.detail for c in criteria}["availability"] == "no availability recorded"


CODES = st.sampled_from(["2221", "2222", "2211", "2512", "7112", "9112", "251", "22"])
LANGUAGE_CODES = st.sampled_from(["es", "en", "fr"])
LEVELS = st.sampled_from(list(Cefr))


@st.composite
def specs(draw: st.DrawFn) -> NeedSpec:
    earliest = draw(st.none() | st.dates(dt.date(2027, 1, 1), dt.date(2027, 6, 30)))
    latest = None
    if draw(st.booleans()):
        latest = (earliest or dt.date(2027, 1, 1)) + dt.timedelta(days=draw(st.integers(0, 365)))
    languages = draw(st.dictionaries(LANGUAGE_CODES, LEVELS, max_size=3))
    return NeedSpec(
        isco_codes=tuple(draw(st.lists(CODES, min_size=1, max_size=3, unique=True))),
        min_isced=draw(st.none() | st.integers(0, 8)),
        min_years_experience=draw(st.none() | st.integers(0, 30)),
        languages=tuple(languages.items()),
        mode=draw(st.sampled_from(list(NeedMode))),
        earliest=earliest,
        latest=latest,
        duration_days=draw(st.none() | st.integers(1, 365)),
    )


@st.composite
def features(draw: st.DrawFn) -> Features:
    return Features(
        isco_codes=tuple(
            draw(st.lists(st.sampled_from(["2221", "2222", "2211", "2512", "7112"]), max_size=3))
        ),
        years_experience=draw(st.none() | st.integers(0, 70)),
        max_isced=draw(st.none() | st.integers(0, 8)),
        language_levels=draw(st.dictionaries(LANGUAGE_CODES, st.integers(1, 6), max_size=3)),
        available_days=draw(st.none() | st.integers(0, 400)),
        return_intention=draw(st.sampled_from(list(ReturnIntention))),
    )


@FAST
@given(specs(), features())
def test_score_is_the_sum_of_bounded_criteria(spec: NeedSpec, person: Features) -> None:
    total, criteria = score(spec, person)
    assert [c.name for c in criteria] == list(CRITERIA)
    assert sum(c.maximum for c in criteria) == 100
    for criterion in criteria:
        assert criterion.maximum == WEIGHTS[criterion.name]
        assert 0 <= criterion.points <= criterion.maximum
        assert criterion.detail
    assert 0 <= total <= 100
    assert total == round(sum(c.points for c in criteria), 1)


@FAST
@given(specs(), features(), LANGUAGE_CODES, st.integers(1, 5))
def test_raising_a_language_level_never_lowers_the_score(
    spec: NeedSpec, person: Features, language: str, rise: int
) -> None:
    before = person.language_levels.get(language)
    higher = min(6, (before or 0) + rise)
    better = dataclasses.replace(person, language_levels={**person.language_levels, language: higher})
    assert score(spec, better)[0] >= score(spec, person)[0]


@FAST
@given(specs(), features(), st.integers(1, 20), st.integers(1, 8), st.integers(1, 100))
def test_more_experience_qualification_or_time_never_lowers_the_score(
    spec: NeedSpec, person: Features, years: int, levels: int, days: int
) -> None:
    base = score(spec, person)[0]
    for better in (
        dataclasses.replace(person, years_experience=(person.years_experience or 0) + years),
        dataclasses.replace(person, max_isced=min(8, (person.max_isced or 0) + levels)),
        dataclasses.replace(person, available_days=(person.available_days or 0) + days),
    ):
        assert score(spec, better)[0] >= base


@FAST
@given(specs(), features(), st.sampled_from(["2221", "2222", "2211", "2512", "7112", "9112"]))
def test_another_occupation_never_lowers_the_score(spec: NeedSpec, person: Features, code: str) -> None:
    wider = dataclasses.replace(person, isco_codes=(*person.isco_codes, code))
    assert score(spec, wider)[0] >= score(spec, person)[0]


@FAST
@given(specs(), features())
@example(SPEC, PERFECT)
def test_a_candidate_in_the_needs_own_group_outranks_any_in_a_wider_group(
    spec: NeedSpec, person: Features
) -> None:
    """The bound the matching service relies on to stop widening the search early."""
    wider_only = occupation_level(person.isco_codes, spec.isco_codes)
    total = score(spec, person)[0]
    if wider_only == 3:
        assert total <= 88
    elif wider_only == 2:
        assert total <= 76


def test_passport_expiry_is_an_optional_iso_date() -> None:
    assert _validate().passport_expires_on is None
    assert _validate(passport_expires_on=" 2027-03-31 ").passport_expires_on == dt.date(2027, 3, 31)
    assert "passport_expires_on" in _errors(passport_expires_on="31/03/2027")
