"""The country names and number symbols saved from babel (resources/cldr/) are babel's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.i18n import LANGUAGES, cldr, report_language
from diaspora_desk.i18n import formats as formats_module
from diaspora_desk.i18n.formats import country_name, format_number

REGENERATE = "run .venv/bin/python scripts/cldr_names.py after upgrading babel"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_saved_country_name_is_babels(language: str) -> None:
    babel_names = {code: str(name) for code, name in Locale.parse(language).territories.items()}
    assert cldr.territories(language) == babel_names, REGENERATE


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
    for cached in (cldr.territories, cldr._number_symbols, formats_module._country_name):
        cached.cache_clear()
    try:
        assert cldr.territories("es") is None
        with report_language("es"):
            assert (country_name("DE"), format_number(-1234567)) == ("Alemania", "-1.234.567")
    finally:
        for cached in (cldr.territories, cldr._number_symbols, formats_module._country_name):
            cached.cache_clear()
