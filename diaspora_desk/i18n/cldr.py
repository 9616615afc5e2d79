"""Country and language names and number symbols of the shipped languages, read from babel's CLDR
data saved in ``resources/cldr/`` (written by ``scripts/cldr_names.py``;
``tests/i18n/test_cldr.py`` checks them against babel).

The associations list's first page shows country names and member counts before anything else
has loaded: these files give them without importing babel (~20 ms) and loading a whole locale
(~12 ms) at start-up. The people filter's language list (every ISO 639 language, named in the
officer's language) comes from here too: built from babel and pycountry it costs ~0.4 s of CPU
and ~12 MB that stay loaded. A missing file gives None, and the caller asks babel.
"""

from __future__ import annotations

from functools import cache

from diaspora_desk.paths import RESOURCES_DIR

CLDR_DIR = RESOURCES_DIR / "cldr"
# The decimal pattern whose numbers :func:`format_integer` writes: groups of three digits.
DECIMAL_PATTERN = "#,##0.###"


def _rows(name: str) -> list[list[str]] | None:
    try:
        text = (CLDR_DIR / name).read_text(encoding="utf-8")
    except OSError:
        return None
    return [line.split("\t") for line in text.split("\n") if line]


@cache
def territories(language: str) -> dict[str, str] | None:
    """babel's ``Locale(language).territories`` (alpha-2 and region codes to names), or None."""
    rows = _rows(f"territories-{language}.tsv")
    return None if rows is None else {code: name for code, name in rows}


@cache
def _number_symbols() -> dict[str, tuple[str, str]]:
    return {language: (group, minus) for language, group, minus in _rows("numbers.tsv") or []}


def format_integer(value: int, language: str) -> str | None:
    """``value`` as babel's ``format_decimal(value, locale=language)`` writes it, or None."""
    symbols = _number_symbols().get(language)
    if symbols is None:
        return None
    group, minus = symbols
    digits = f"{abs(value):,}".replace(",", group)
    return minus + digits if value < 0 else digits


@cache
def languages(language: str) -> tuple[tuple[str, str], ...] | None:
    """(ISO 639 code, name in ``language``) of every language, sorted as
    ``i18n.formats.all_languages`` sorts them, or None."""
    rows = _rows(f"languages-{language}.tsv")
    return None if rows is None else tuple((code, name) for code, name in rows)
