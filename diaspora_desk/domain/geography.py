"""Countries, subdivisions and languages (ISO 3166 and ISO 639 via pycountry)."""

from __future__ import annotations

import math
import re
from functools import cache

import pycountry

from diaspora_desk.domain.errors import msg
from diaspora_desk.domain.text import fold

# Country names are read in these languages (babel's territory names), besides ISO's own.
NAME_LANGUAGES = ("en", "es", "fr")


def country_key(text: str) -> str:
    """Lookup key of a country name or code: no case, accents, spaces or punctuation
    ("EE. UU." and "eeuu", "Côte d'Ivoire" and "cote divoire" are one key)."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


@cache
def _country_index() -> dict[str, str]:
    from babel import Locale

    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(country_key(value), code)
    for country in pycountry.countries:
        index[country.alpha_3.casefold()] = country.alpha_2
        index[country.alpha_2.casefold()] = country.alpha_2
    iso = {country.alpha_2 for country in pycountry.countries}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in iso:  # not regions such as "419" (Latin America) or "EU"
                index.setdefault(country_key(name), code)
    # Everyday names and abbreviations that neither ISO nor babel list.
    for name, code in _COMMON_ALIASES.items():
        index.setdefault(country_key(name), code)
    return index


_COMMON_ALIASES = {
    "United States of America": "US",
    "EE. UU.": "US",
    "EUA": "US",
    "Estados Unidos de América": "US",
    "États-Unis d'Amérique": "US",
    "UK": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Gran Bretaña": "GB",
    "Inglaterra": "GB",
    "Grande-Bretagne": "GB",
    "Angleterre": "GB",
    "UAE": "AE",
    "EAU": "AE",
    "Russia": "RU",
    "South Korea": "KR",
    "North Korea": "KP",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "Vietnam": "VN",
    "Laos": "LA",
    "Syria": "SY",
    "Iran": "IR",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Turkey": "TR",
    "Macedonia": "MK",
    "Cape Verde": "CV",
    "Swaziland": "SZ",
    "Burma": "MM",
    "Palestine": "PS",
    "Congo-Kinshasa": "CD",
    "DR Congo": "CD",
    "RD Congo": "CD",
    "RDC": "CD",
    "Congo-Brazzaville": "CG",
    "Holland": "NL",
    "The Netherlands": "NL",
    "The Gambia": "GM",
    "Taiwan": "TW",
}


def country_code(text: str) -> str:
    """ISO 3166-1 alpha-2 code for an alpha-2/alpha-3 code or a country name in English,
    Spanish or French, or a common abbreviation ("EE. UU.", "U.S.A.", "UK").

    Raises ``ValueError`` when the text names no country.
    """
    key = country_key(text)
    code = _country_index().get(key) if key else None
    if code is None:
        raise ValueError(msg("'{text}' is not an ISO 3166 country code or country name", text=text.strip()))
    return code


def country_name(code: str) -> str:
    """English short name of an alpha-2 code (the code itself if unknown)."""
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def all_countries() -> list[tuple[str, str]]:
    """(alpha-2, English name) for every country, sorted by name."""
    pairs = [(c.alpha_2, str(getattr(c, "common_name", None) or c.name)) for c in pycountry.countries]
    return sorted(pairs, key=lambda pair: fold(pair[1]))


def subdivisions(country: str) -> list[tuple[str, str]]:
    """(ISO 3166-2 code, name) of a country's subdivisions, sorted by name."""
    subs = pycountry.subdivisions.get(country_code=country.upper()) or []  # type: ignore[no-untyped-call]
    return sorted(((s.code, s.name) for s in subs), key=lambda pair: fold(pair[1]))


def is_subdivision_code(code: str) -> bool:
    return pycountry.subdivisions.get(code=code.upper()) is not None  # type: ignore[no-untyped-call]


@cache
def _language_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None) or lang.alpha_3
        index[lang.alpha_3.casefold()] = code
        if getattr(lang, "alpha_2", None):
            index[lang.alpha_2.casefold()] = code
        bib = getattr(lang, "bibliographic", None)
        if bib:
            index.setdefault(bib.casefold(), code)
    return index


_LOCALE = re.compile(r"^([a-z]{2,3})[_-][a-z0-9]{2,8}(?:[_-].*)?$")


def language_code(text: str) -> str:
    """Normalise an ISO 639-1 or 639-3 code to 639-1 when one exists, else 639-3.

    A locale such as ``es_MX`` or ``en-US`` gives its language; so does a language's name in
    English, Spanish or French ("Spanish", "español", "espagnol").
    Raises ``ValueError`` for anything else.
    """
    key = text.strip().casefold()
    locale = _LOCALE.match(key)
    if locale is not None:
        key = locale.group(1)
    code = _language_index().get(key) if 2 <= len(key) <= 3 else _language_names().get(fold(key))
    if code is None:
        raise ValueError(msg("'{text}' is not an ISO 639 language code", text=text.strip()))
    return code


@cache
def _language_names() -> dict[str, str]:
    from babel import Locale

    index = _language_index()
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).languages.items():
            if code in index:  # plain languages, not locales such as "en_GB"
                names.setdefault(fold(name), index[code])
    return names


def language_name(code: str) -> str:
    """English name of an ISO 639 code (the code itself if unknown)."""
    key = "alpha_2" if len(code) == 2 else "alpha_3"
    lang = pycountry.languages.get(**{key: code})
    return str(lang.name) if lang is not None else code


EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres on the mean Earth radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def circle_extent(latitude: float, radius_km: float) -> tuple[float, float, float | None]:
    """South and north latitude of the circle round a point, and its half-width in degrees of
    longitude (None when the circle reaches a pole, so every longitude is in reach).

    The exact bounding coordinates (J. Matuschek, "Finding points within a distance of a
    latitude/longitude using bounding coordinates"): a box from them holds the whole circle.
    """
    angle = radius_km / EARTH_RADIUS_KM
    south, north = latitude - math.degrees(angle), latitude + math.degrees(angle)
    ratio = math.sin(angle) / max(math.cos(math.radians(latitude)), 1e-12)
    if north >= 90.0 or south <= -90.0 or ratio >= 1.0:
        return south, north, None
    return south, north, math.degrees(math.asin(ratio))


@cache
def all_languages() -> tuple[tuple[str, str], ...]:
    """(code, English name) of every ISO 639 language, two-letter codes where they exist."""
    found: dict[str, str] = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None) or lang.alpha_3
        found.setdefault(code, str(lang.name))
    return tuple(sorted(found.items(), key=lambda item: fold(item[1])))
