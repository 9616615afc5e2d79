"""Dates, numbers, money, country and language names in the current language (babel's CLDR data).

Every function follows :func:`diaspora_desk.i18n.current_language`, so a report printed inside
``report_language("fr")`` gets "3 déc. 2026", "12 345" and "Guatemala" while the window stays in
the officer's language. Unknown codes come back as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from diaspora_desk.i18n import cldr, current_language

if TYPE_CHECKING:
    from babel import Locale

# babel is imported inside the functions: the first rows on screen at start-up need only country
# names and whole numbers, which i18n/cldr.py reads from babel's data saved in resources/cldr/
# (importing babel and loading a locale: ~30 ms). pycountry (through domain.geography) is
# imported only where babel has no name (~80 ms).


@cache
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def _here() -> Locale:
    return _locale(current_language())


def format_date(value: dt.date | None, style: str = "medium") -> str:
    """``value`` as the language writes it ("3 dic 2026", "3 déc. 2026"); "—" if None.

    English keeps ISO 8601 ("2026-12-03"): English readers at headquarters and in the consulates
    write dates both month-first and day-first, and ISO is the one form neither misreads.
    """
    if value is None:
        return "—"
    if current_language() == "en":
        return value.isoformat()
    from babel import dates as _dates

    return _dates.format_date(value, format=style, locale=_here())


# The short form of a day-first language: 14/3/27 (a two-digit year is of this century).
_SHORT_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2})$")


def parse_date(text: str) -> dt.date:
    """A date typed by an officer (the reverse of :func:`format_date`); ValueError if not one.

    Reads ISO 8601, numbers day first (14/03/2027, 14.03.2027, 14-03-2027; 03/04/2027 is 3 April),
    a month in words ("14 mar 2027", what :func:`format_date` writes) and, where the language writes
    the day first, its short form with a two-digit year ("14/3/27" in Spanish). English's short
    form is month first, against the day-first rule, so English reads ISO and day-first only.
    """
    from diaspora_desk.domain.file_values import parse_typed_date

    try:
        return parse_typed_date(text)
    except ValueError as exc:
        short = _here().date_formats["short"].pattern
        match = _SHORT_DAY_FIRST.match(text.strip())
        if match is None or short.find("d") > short.find("M"):
            raise
        day, month, year = (int(part) for part in match.groups())
        try:
            return dt.date(2000 + year, month, day)
        except ValueError:
            raise exc from None


def format_time(value: dt.time, style: str = "short") -> str:
    """``value`` as the language writes it ("9:30 AM", "9:30", "09:30")."""
    from babel import dates as _dates

    return _dates.format_time(value, format=style, locale=_here())


def format_number(value: float, decimals: int | None = None) -> str:
    """``value`` with the language's grouping and decimal sign ("12,345.5", "12.345,5", "12 345,5")."""
    if decimals is None and type(value) is int:
        written = cldr.format_integer(value, current_language())
        if written is not None:
            return written
    from babel import numbers as _numbers

    if decimals is None:
        return _numbers.format_decimal(value, locale=_here())
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _numbers.format_decimal(value, format=pattern, locale=_here())


def format_currency(value: float, currency: str) -> str:
    """``value`` in ``currency`` (ISO 4217) as the language writes money ("US$12.50", "12,50 US$")."""
    from babel import numbers as _numbers

    try:
        return _numbers.format_currency(value, currency.upper(), locale=_here())
    except (ValueError, _numbers.UnknownCurrencyError):
        return f"{format_number(value, 2)} {currency}"


@cache
def _country_name(language: str, code: str) -> str:
    saved = cldr.territories(language)
    names = saved if saved is not None else _locale(language).territories
    name = names.get(code.upper())
    if name:
        return str(name)
    from diaspora_desk.domain import geography

    return geography.country_name(code)


def country_name(code: str) -> str:
    """The country of an alpha-2 code in the current language ("Spain", "España", "Espagne")."""
    return _country_name(current_language(), code) if code else code


def all_countries() -> list[tuple[str, str]]:
    """(alpha-2, name in the current language) for every country, sorted by that name."""
    from diaspora_desk.domain import geography
    from diaspora_desk.domain.text import fold

    pairs = [(code, country_name(code)) for code, _ in geography.all_countries()]
    return sorted(pairs, key=lambda pair: fold(pair[1]))


@cache
def _language_name(language: str, code: str) -> str:
    name = _locale(language).languages.get(code.lower())
    if name:
        return str(name)
    from diaspora_desk.domain import geography

    return geography.language_name(code)


def language_name(code: str) -> str:
    """The language of an ISO 639 code in the current language ("Spanish", "español", "espagnol")."""
    return _language_name(current_language(), code) if code else code


def endonym(code: str) -> str:
    """A language's own name, capitalised, for a language menu ("English", "Español", "Français")."""
    name = str(_locale(code).get_display_name(_locale(code)) or code)
    return name[:1].upper() + name[1:]


def all_languages() -> tuple[tuple[str, str], ...]:
    """(ISO 639 code, name in the current language) of every language, sorted by that name."""
    return _all_languages(current_language())


@cache
def _all_languages(language: str) -> tuple[tuple[str, str], ...]:
    saved = cldr.languages(language)
    return saved if saved is not None else languages_from_babel(language)


def languages_from_babel(language: str) -> tuple[tuple[str, str], ...]:
    """What :func:`all_languages` gives in ``language``, from babel and pycountry (what
    ``scripts/cldr_names.py`` saves)."""
    from diaspora_desk.domain import geography
    from diaspora_desk.domain.text import fold

    pairs = [(code, _language_name(language, code)) for code, _ in geography.all_languages()]
    return tuple(sorted(pairs, key=lambda pair: fold(pair[1])))


def official_languages(country: str) -> tuple[str, ...]:
    """The official (and de facto) languages of a country, most spoken first (CLDR): "GT" -> es."""
    from babel.languages import get_official_languages

    return tuple(get_official_languages(country.upper(), de_facto=True)) if country else ()


def person_language(preferred: str, origin_country: str) -> str | None:
    """The shipped language a text for a person is printed in: theirs, else the consulate's (the
    origin country's official language, CLDR), else None (the report's language)."""
    from diaspora_desk.i18n import supported

    spoken = (supported(code) for code in official_languages(origin_country))
    return supported(preferred) or next((code for code in spoken if code), None)
