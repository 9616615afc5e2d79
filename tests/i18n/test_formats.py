"""Dates, numbers, money, countries and languages as each shipped language writes them (CLDR)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.i18n import report_language
from diaspora_desk.i18n.formats import (
    all_countries,
    country_name,
    endonym,
    format_currency,
    format_date,
    format_number,
    language_name,
    official_languages,
    parse_date,
    person_language,
)

DAY = dt.date(2026, 12, 3)


def test_each_language_writes_dates_numbers_and_money_its_own_way() -> None:
    with report_language("en"):
        assert (format_date(DAY), format_number(12345.5), format_currency(12.5, "USD")) == (
            "2026-12-03",
            "12,345.5",
            "$12.50",
        )
    with report_language("es"):
        assert (format_date(DAY), format_number(12345.5), format_currency(12.5, "USD")) == (
            "3 dic 2026",
            "12.345,5",
            "12,50\xa0US$",
        )
    with report_language("fr"):
        assert format_date(DAY) == "3 déc. 2026"
        assert format_number(12345.5).replace("\u202f", " ") == "12 345,5"
    assert format_date(None) == "—"


def test_country_and_language_names_come_from_cldr_in_the_current_language() -> None:
    with report_language("es"):
        assert (country_name("DE"), language_name("fr")) == ("Alemania", "francés")
        assert language_name("quc") == "quiché"
        assert dict(all_countries())["US"] == "Estados Unidos"
    with report_language("fr"):
        assert (country_name("DE"), language_name("es")) == ("Allemagne", "espagnol")
    with report_language("en"):
        assert country_name("XK") == "Kosovo"
        assert country_name("ZZZ") == "ZZZ"  # unknown codes come back as they are
    assert [endonym(code) for code in ("en", "es", "fr")] == ["English", "Español", "Français"]


def test_the_consulates_language_is_the_origin_countrys_official_one() -> None:
    assert official_languages("GT")[0] == "es"
    assert "fr" in official_languages("HT")
    assert official_languages("") == ()


def test_a_person_facing_text_is_in_their_language_else_the_consulates() -> None:
    assert person_language("fr-CA", "GT") == "fr"
    assert person_language("quc", "GT") == "es"  # K'iche': Guatemala's official language
    assert person_language("", "HT") == "fr"
    assert person_language("de", "DE") is None  # neither shipped: the report's language


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)), st.sampled_from(["en", "es", "fr"]))
def test_a_date_shown_in_any_language_reads_back_as_the_same_day(day: dt.date, language: str) -> None:
    with report_language(language):
        assert parse_date(format_date(day)) == day


def test_the_short_form_with_two_year_digits_is_read_where_the_language_writes_the_day_first() -> None:
    with report_language("es"):
        assert parse_date("14/3/27") == dt.date(2027, 3, 14)
    with report_language("fr"):
        assert parse_date("03/04/27") == dt.date(2027, 4, 3)
    with report_language("en"), pytest.raises(ValueError, match="four digits"):
        parse_date("3/14/27")  # English writes it month first, against the day-first rule


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_numbers_are_read_day_first_in_every_language(language: str) -> None:
    with report_language(language):
        assert parse_date("03/04/2027") == dt.date(2027, 4, 3)
        assert parse_date("12/31/2027") == dt.date(2027, 12, 31)  # only month first can be meant
        with pytest.raises(ValueError, match="31/31/27"):
            parse_date("31/31/27")
