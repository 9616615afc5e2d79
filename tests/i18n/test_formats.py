"""Dates, numbers, money, countries and languages as each shipped language writes them (CLDR)."""

from __future__ import annotations

import datetime as dt

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
