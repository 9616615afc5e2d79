"""The country and language names and number symbols saved from babel (resources/cldr/) are
babel's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.i18n import LANGUAGES, cldr, report_language
from diaspora_desk.i18n import formats as formats_module
from diaspora_desk.i18n.formats import all_languages, country_name, format_number, languages_from_babel

REGENERATE = "run .venv/bin/python scripts/cldr_names.py after upgrading babel"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_saved_country_name_is_babels(language: str) -> None:
    babel_names = {code: str(name) for code, name in Locale.parse(language).territories.items()}
    assert cldr.territories(language) == babel_names, REGENERATE


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_saved_language_name_is_babels_in_the_same_order(language: str) -> None:
    assert cldr.languages(language) == languages_from_babel(language), REGENERATE


def test_the_language_list_names_languages_in_the_officers_language() -> None:
    names = {}
    for language in LANGUAGES:
        with report_language(language):
            names[language] = dict(all_languages())
    assert (names["en"]["de"], names["es"]["de"], names["fr"]["de"]) == ("German", "alemán", "allemand")
    # Every ISO 639 language is offered, not only those CLDR names: Mam under its ISO name.
    assert (names["es"]["quc"], names["es"]["mam"]) == ("quiché", "Mam")


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(LANGUAGES))
def test_whole_numbers_are_written_as_babel_writes_them(value: int, language: str) -> None:
    assert cldr.format_integer(value, language) == format_decimal(value, locale=language), REGENERATE


def test_the_list_shows_countries_and_member_counts_in_each_language() -> None:
    shown = {}
    for language in LANGUAGES:
        with report_language(language):
            shown[language] = (country_name("gt"), country_name("CI"), format_number(12345))
    assert shown == {
        "en": ("Guatemala", "Côte d’Ivoire", "12,345"),
        "es": ("Guatemala", "Côte d’Ivoire", "12.345"),
        "fr": ("Guatemala", "Côte d’Ivoire", "12\u202f345"),
    }


def test_without_the_saved_files_names_and_numbers_come_from_babel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cldr, "CLDR_DIR", tmp_path / "missing")
    caches = (
        cldr.territories,
        cldr.languages,
        cldr._number_symbols,
        formats_module._country_name,
        formats_module._all_languages,
    )
    for cached in caches:
        cached.cache_clear()
    try:
        assert cldr.territories("es") is None
        assert cldr.languages("es") is None
        with report_language("es"):
            assert (country_name("DE"), format_number(-1234567)) == ("Alemania", "-1.234.567")
            assert dict(all_languages())["de"] == "alemán"
    finally:
        for cached in caches:
            cached.cache_clear()
