"""Values as officers' files write them: sex in three languages, dates day- or month-first."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diaspora_desk.domain.file_values import (
    DateOrder,
    SexLetters,
    birth_year_text,
    infer_date_order,
    infer_sex_letters,
    parse_file_date,
    parse_sex,
    parse_typed_date,
)
from diaspora_desk.domain.people import Sex

FAST = settings(max_examples=80, deadline=None, database=None)
DATES = st.dates(dt.date(1906, 1, 1), dt.date(2026, 12, 31))
SEPARATORS = st.sampled_from("/.-")


def _written(day: dt.date, order: DateOrder, sep: str) -> str:
    d, m, y = f"{day.day:02d}", f"{day.month:02d}", f"{day.year:04d}"
    return {DateOrder.DMY: f"{d}{sep}{m}{sep}{y}", DateOrder.MDY: f"{m}{sep}{d}{sep}{y}"}.get(
        order, f"{y}{sep}{m}{sep}{d}"
    )


@FAST
@given(DATES, st.sampled_from(list(DateOrder)), SEPARATORS)
def test_a_date_written_in_the_given_order_reads_back(day: dt.date, order: DateOrder, sep: str) -> None:
    assert parse_file_date(_written(day, order, sep), order) == day


@FAST
@given(st.lists(DATES, min_size=1, max_size=30), st.sampled_from([DateOrder.DMY, DateOrder.MDY]), SEPARATORS)
def test_a_column_order_is_never_guessed_wrong(days: list[dt.date], order: DateOrder, sep: str) -> None:
    """Whatever a column holds, the inferred order is the one it was written in, or none."""
    guess = infer_date_order(_written(d, order, sep) for d in days)
    assert guess.order in (order, None)
    assert not guess.conflict[0]
    if guess.order is None and any(d.day != d.month for d in days):
        assert guess.ambiguous  # it says which value reads two ways
    if guess.order is not None:
        assert [parse_file_date(_written(d, order, sep), guess.order) for d in days] == days


def test_a_day_above_twelve_settles_the_column() -> None:
    assert infer_date_order(["03/04/1985", "14/03/1985"]).order is DateOrder.DMY
    assert infer_date_order(["03/04/1985", "03/14/1985"]).order is DateOrder.MDY
    guess = infer_date_order(["03/04/1985", "04/04/1985"])
    assert (guess.order, guess.ambiguous) == (None, "03/04/1985")
    assert infer_date_order(["14/03/1985", "03/14/1985"]).conflict == ("14/03/1985", "03/14/1985")
    assert infer_date_order(["1985", ""]).order is None
    assert infer_date_order(["1985-03-14 00:00:00"]).order is DateOrder.YMD


@pytest.mark.parametrize(
    ("text", "order", "problem"),
    [
        ("03/04/1985", None, "day-first or month-first"),
        ("14/03/85", DateOrder.DMY, "four digits"),
        ("31/02/1985", DateOrder.DMY, "is not a date"),
        ("14/03/1985", DateOrder.MDY, "is not a date"),
        ("yesterday", None, "is not a date"),
    ],
)
def test_dates_that_cannot_be_read_say_why(text: str, order: DateOrder | None, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_file_date(text, order)


@FAST
@given(DATES, st.sampled_from(list(DateOrder)))
def test_a_birth_date_gives_its_year(day: dt.date, order: DateOrder) -> None:
    assert birth_year_text(_written(day, order, "/"), order) == str(day.year)
    assert birth_year_text(f" {day.year} ", None) == str(day.year)


SEX_WORDS = {
    Sex.FEMALE: ["F", "f", "female", "Female", "mujer", "Mujer", "femme", "Femenino", "féminin"],
    Sex.MALE: ["male", "Male", "hombre", "HOMBRE", "homme", "masculino", "Masculin", "H", "varón"],
    Sex.OTHER: ["other", "otro", "autre", "X", "no binario"],
}


@FAST
@given(
    st.sampled_from([(sex, word) for sex, words in SEX_WORDS.items() for word in words]),
    st.sampled_from(["", " ", "  "]),
    st.booleans(),
)
def test_sex_as_files_write_it(pair: tuple[Sex, str], pad: str, upper: bool) -> None:
    sex, word = pair
    assert parse_sex(f"{pad}{word.upper() if upper else word}{pad}") is sex


def test_a_lone_m_follows_the_column() -> None:
    assert infer_sex_letters(["F", "M", "f", ""]) is SexLetters.FM
    assert infer_sex_letters(["H", "M", "m"]) is SexLetters.HM
    assert infer_sex_letters(["H", "F"]) is SexLetters.FM  # French H/F: no M to read
    assert infer_sex_letters(["H", "F", "M"]) is SexLetters.MIXED
    assert parse_sex("M") is Sex.MALE
    assert parse_sex("M", SexLetters.HM) is Sex.FEMALE
    with pytest.raises(ValueError, match="write the word"):
        parse_sex("M", SexLetters.MIXED)
    assert parse_sex("") is None
    assert parse_sex("prefer not to say") is None


@FAST
@given(st.text(max_size=12))
def test_any_other_sex_is_refused_with_a_message(text: str) -> None:
    message = ""
    try:
        parse_sex(text)
    except ValueError as exc:
        message = str(exc)
    assert not message or "is not a sex" in message


@FAST
@given(DATES, st.sampled_from(["en", "es", "fr"]), st.sampled_from(["wide", "abbreviated"]), st.booleans())
def test_a_date_with_its_month_in_words_reads_back(
    day: dt.date, language: str, width: str, upper: bool
) -> None:
    from babel import Locale

    month = Locale.parse(language).months["format"][width][day.month]
    month = month.upper() if upper else month
    written = {
        "en": [
            f"{day.day} {month} {day.year}",
            f"{month} {day.day}, {day.year}",
            f"{day.day}-{month}-{day.year}",
        ],
        "es": [f"{day.day} de {month} de {day.year}", f"{day.day} {month} {day.year}"],
        "fr": [f"{day.day} {month} {day.year}"],
    }[language]
    for text in written:
        assert parse_file_date(text, None) == day, text
        assert parse_file_date(text, DateOrder.MDY) == day, text  # words need no order
        assert birth_year_text(text, None) == str(day.year)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2027-03-14", dt.date(2027, 3, 14)),
        ("14/03/2027", dt.date(2027, 3, 14)),
        ("14.03.2027", dt.date(2027, 3, 14)),
        ("14-03-2027", dt.date(2027, 3, 14)),
        ("03/04/2027", dt.date(2027, 4, 3)),  # the rule: day first
        ("12/31/2027", dt.date(2027, 12, 31)),  # readable only month first
        ("14 de marzo de 2027", dt.date(2027, 3, 14)),
    ],
)
def test_a_typed_date_reads_day_first(typed: str, day: dt.date) -> None:
    assert parse_typed_date(typed) == day


@pytest.mark.parametrize("typed", ["2027-01-011", "014/03/2027", "31/02/2027", "soon"])
def test_a_typed_date_with_a_digit_too_many_or_no_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_typed_date(typed)
