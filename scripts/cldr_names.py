"""Write resources/cldr/: babel's country and language names and number symbols of the shipped
languages.

Run: .venv/bin/python scripts/cldr_names.py   (again after babel is upgraded:
tests/i18n/test_cldr.py fails until the files match babel)

The associations list's first page needs a few country names and numbers before anything else has
loaded; diaspora_desk/i18n/cldr.py reads them from these files instead of importing babel (~20 ms)
and loading a whole locale (~12 ms); the people filter's list of every language, named in the
officer's language, comes from here too (~0.4 s and ~12 MB built from babel and pycountry). Every
other text still comes from babel.
"""

from __future__ import annotations

from babel import Locale

from diaspora_desk.i18n import LANGUAGES
from diaspora_desk.i18n.cldr import CLDR_DIR, DECIMAL_PATTERN
from diaspora_desk.i18n.formats import languages_from_babel


def number_symbols(locale: Locale) -> tuple[str, str]:
    """(grouping separator, minus sign) of ``locale``, whose default decimal pattern must be the
    plain groups of three that i18n/cldr.py writes."""
    pattern = locale.decimal_formats[None]
    if pattern.pattern != DECIMAL_PATTERN or pattern.grouping != (3, 3):
        raise SystemExit(f"{locale}: decimal pattern {pattern.pattern!r} is not {DECIMAL_PATTERN}")
    symbols = locale.number_symbols["latn"]
    return str(symbols["group"]), str(symbols["minusSign"])


def main() -> None:
    CLDR_DIR.mkdir(exist_ok=True)
    numbers = []
    for language in LANGUAGES:
        locale = Locale.parse(language)
        rows = [f"{code}\t{name}" for code, name in sorted(locale.territories.items())]
        (CLDR_DIR / f"territories-{language}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        rows = [f"{code}\t{name}" for code, name in languages_from_babel(language)]
        (CLDR_DIR / f"languages-{language}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        numbers.append("\t".join((language, *number_symbols(locale))))
    (CLDR_DIR / "numbers.tsv").write_text("\n".join(numbers) + "\n", encoding="utf-8")
    print(f"wrote {CLDR_DIR}")


if __name__ == "__main__":
    main()
