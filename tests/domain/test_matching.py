"""Match scoring: each criterion bounded and explained, and better candidates never score lower."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.matching import (
    WEIGHTS,
    Features,
    NeedMode,
    NeedSpec,
    Scorer,
    occupation_level,
    score,
)
from diaspora_desk.domain.people import Cefr, ReturnIntention

FAST = settings(max_examples=60, deadline=None, database=None)
CRITERIA = ("occupation", "qualification", "experience", "languages", "availability", "mode")

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


@FAST
@given(specs(), st.lists(features(), min_size=2, max_size=12))
def test_one_scorer_over_many_candidates_scores_each_as_if_alone(
    spec: NeedSpec, people: list[Features]
) -> None:
    """The shortlist scores thousands of candidates with one Scorer, remembering each criterion."""
    scorer = Scorer(spec)
    assert [scorer(person) for person in people] == [score(spec, person) for person in people]
