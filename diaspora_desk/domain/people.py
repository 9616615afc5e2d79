"""Nationals abroad: code lists, the skills vocabulary (ISCED, CEFR) and person validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import partial
from typing import TypeVar

from diaspora_desk.domain.contact import PhoneNumber, normalise_email
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed, parsed_all
from diaspora_desk.domain.geography import country_code, language_code
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.postal import PostalParts
from diaspora_desk.domain.text import clean_text, fold

MAX_NAME = 200
MAX_ADDRESS = 2000
MAX_POSTAL_CODE = 20
MAX_CONSENT_HOW = 200  # how consent was given (form, in person ...)
MAX_REASON = 200  # why an officer looked at a sensitive field
MAX_MEMBERSHIP_ROLE = 100
E = TypeVar("E", bound=StrEnum)


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class ReturnIntention(StrEnum):
    NONE = "none"
    TEMPORARY = "temporary"
    CIRCULAR = "circular"
    PERMANENT = "permanent"
    VIRTUAL = "virtual"


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    PHONE = "phone"
    MESSAGING = "messaging"
    POST = "post"


class Cefr(IntEnum):
    """CEFR levels, ordered so that ``>=`` compares proficiency."""

    A1 = 1
    A2 = 2
    B1 = 3
    B2 = 4
    C1 = 5
    C2 = 6


ISCED_LEVELS: dict[int, str] = {
    0: N_("Early childhood education"),
    1: N_("Primary education"),
    2: N_("Lower secondary education"),
    3: N_("Upper secondary education"),
    4: N_("Post-secondary non-tertiary education"),
    5: N_("Short-cycle tertiary education"),
    6: N_("Bachelor's or equivalent"),
    7: N_("Master's or equivalent"),
    8: N_("Doctoral or equivalent"),
}

RETURN_INTENTION_LABELS = {
    ReturnIntention.NONE: N_("No return planned"),
    ReturnIntention.TEMPORARY: N_("Temporary return"),
    ReturnIntention.CIRCULAR: N_("Circular"),
    ReturnIntention.PERMANENT: N_("Permanent return"),
    ReturnIntention.VIRTUAL: N_("Virtual (remote) contribution"),
}


def parse_cefr(text: str) -> Cefr:
    try:
        return Cefr[text.strip().upper()]
    except KeyError:
        raise ValueError(
            msg("'{text}' is not a CEFR level (A1, A2, B1, B2, C1, C2)", text=text.strip())
        ) from None


_LANGUAGE_ITEM = re.compile(r"^\s*([A-Za-z]{2,3})\s*[:=]\s*([A-Ca-c][12])\s*$")


def parse_language_levels(text: str) -> tuple[tuple[str, Cefr], ...]:
    """Parse ``fr:C2;en:B1`` into ((fr, C2), (en, B1)); raises ValueError naming the item."""
    result: dict[str, Cefr] = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        match = _LANGUAGE_ITEM.match(item)
        if match is None:
            raise ValueError(msg("'{item}' is not language:LEVEL (e.g. fr:C2)", item=item.strip()[:40]))
        result[language_code(match.group(1))] = parse_cefr(match.group(2))
    return tuple(result.items())


def parse_isced(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or int(value) not in ISCED_LEVELS:
        raise ValueError(msg("'{value}' is not an ISCED 2011 level (0 to 8)", value=value[:20]))
    return int(value)


# Yes and no as files write them in English, Spanish and French (compared without accents,
# case or a final full stop); "x" is a ticked box.
_YES = frozenset(("yes", "y", "true", "1", "oui", "o", "si", "s", "verdadero", "vrai", "x"))
_NO = frozenset(("no", "n", "false", "0", "non", "falso", "faux", ""))


def parse_yes_no(text: str) -> bool:
    value = text.strip().casefold()
    if value not in _YES and value not in _NO:
        value = fold(text).strip(" .")
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(msg("'{text}' is not yes or no", text=text.strip()[:20]))


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            msg("'{text}' is not an ISO 8601 date (YYYY-MM-DD)", text=text.strip()[:30])
        ) from None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """Unvalidated person fields as typed or imported."""

    given_name: str
    family_name: str = ""
    original_script_name: str = ""
    sex: str = ""
    birth_year: str = ""
    nationality: str = ""
    dual_citizenship: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    preferred_language: str = ""
    preferred_channel: str = ""
    generation: str = ""
    arrival_year: str = ""
    return_intention: str = ReturnIntention.NONE.value
    notes: str = ""
    passport_expires_on: str = ""
    postal_code: str = ""
    locality: str = ""
    region: str = ""
    address_country: str = ""


@dataclass(frozen=True, slots=True)
class PersonFields:
    given_name: str
    family_name: str
    original_script_name: str
    sex: Sex | None
    birth_year: int | None
    nationality: str
    dual_citizenship: str
    country: str
    city: str
    address: str
    phones: tuple[str, ...]
    email: str
    preferred_language: str
    preferred_channel: Channel | None
    generation: int | None
    arrival_year: int | None
    return_intention: ReturnIntention
    notes: str
    passport_expires_on: dt.date | None = None
    postal: PostalParts = dataclasses.field(default_factory=PostalParts)


def _year(errors: dict[str, str], field: str, text: str, low: int, high: int) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        errors[field] = msg(
            "'{value}' is not a year between {low} and {high}", value=value[:20], low=low, high=high
        )
        return None
    return int(value)


def _enum_or_none(errors: dict[str, str], field: str, text: str, enum: type[E]) -> E | None:
    value = text.strip().casefold()
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        errors[field] = msg(
            "'{text}' is not one of {items}", text=text.strip()[:30], items=", ".join(m.value for m in enum)
        )
        return None


def _names(errors: dict[str, str], draft: PersonDraft) -> tuple[str, str]:
    given = clean_text(draft.given_name)
    family = clean_text(draft.family_name)
    if not given and not family:
        errors["given_name"] = msg("a given or family name is required")
    for field, value in (("given_name", given), ("family_name", family)):
        _within(errors, field, value, MAX_NAME)
    return given, family


def _within(errors: dict[str, str], field: str, value: str, limit: int) -> str:
    """``value``, with an error for ``field`` when it is longer than ``limit`` (never cut: a cut
    value would be stored as if the officer had written it)."""
    if len(value) > limit:
        errors.setdefault(field, msg("is longer than {limit} characters", limit=limit))
    return value


def _countries(errors: dict[str, str], draft: PersonDraft) -> dict[str, str]:
    """The country codes given: where the person lives, nationality and dual citizenship."""
    codes: dict[str, str] = {}
    for field, text in (
        ("country", draft.country),
        ("nationality", draft.nationality),
        ("dual_citizenship", draft.dual_citizenship),
    ):
        code = parsed(errors, field, text, country_code)
        if code is not None:
            codes[field] = code
    if not draft.country.strip():
        errors["country"] = msg("is required")
    return codes


def _e164(raw: str, region: str | None) -> tuple[str, str]:
    """The number as E.164 and its extension ("" when none): E.164 has no room for one."""
    number, extension = PhoneNumber.parse_with_extension(raw, region)
    return number.e164, extension


def _notes(draft: PersonDraft, numbers: tuple[tuple[str, str], ...]) -> str:
    """The notes, and a line for each phone extension, which is kept there."""
    extensions = [f"Phone {e164} extension {extension}" for e164, extension in numbers if extension]
    return "\n".join(n for n in (clean_text(draft.notes, multiline=True), *extensions) if n)


def _postal(errors: dict[str, str], draft: PersonDraft) -> PostalParts:
    """The postal code, locality, region and country that follow the address lines."""
    code = clean_text(draft.postal_code).upper()
    if len(code) > MAX_POSTAL_CODE:
        errors["postal_code"] = msg("is longer than {limit} characters", limit=MAX_POSTAL_CODE)
    return PostalParts(
        postal_code=code[:MAX_POSTAL_CODE],
        locality=_within(errors, "locality", clean_text(draft.locality), MAX_NAME),
        region=_within(errors, "region", clean_text(draft.region), MAX_NAME),
        country=parsed(errors, "address_country", draft.address_country, country_code) or "",
    )


def _generation(errors: dict[str, str], text: str) -> int | None:
    value = text.strip()
    if value and value not in ("1", "2", "3"):
        errors["generation"] = msg("'{generation}' is not 1, 2 or 3", generation=value[:10])
        return None
    return int(value) if value else None


def _years(errors: dict[str, str], draft: PersonDraft, today: dt.date) -> tuple[int | None, int | None]:
    """Birth and arrival year, neither over 120 years ago nor in the future, arrival after birth."""
    birth_year = _year(errors, "birth_year", draft.birth_year, today.year - 120, today.year)
    arrival_year = _year(errors, "arrival_year", draft.arrival_year, today.year - 120, today.year)
    if birth_year and arrival_year and arrival_year < birth_year:
        errors["arrival_year"] = msg("is before the birth year")
    return birth_year, arrival_year


def validate_person(draft: PersonDraft, *, today: dt.date, origin_country: str) -> PersonFields:
    """Check and normalise a person; raises :class:`ValidationError` naming each bad field."""
    errors: dict[str, str] = {}
    given, family = _names(errors, draft)
    codes = _countries(errors, draft)
    numbers = parsed_all(
        errors, "phone", draft.phones, partial(_e164, region=codes.get("country")), lambda n: n[0]
    )
    email = parsed(errors, "email", draft.email, normalise_email) or ""
    language = parsed(errors, "preferred_language", draft.preferred_language, language_code) or ""
    generation = _generation(errors, draft.generation)
    birth_year, arrival_year = _years(errors, draft, today)
    intention = _enum_or_none(errors, "return_intention", draft.return_intention, ReturnIntention)
    passport_expires_on = parsed(errors, "passport_expires_on", draft.passport_expires_on, parse_date)
    fields = PersonFields(
        given_name=given,
        family_name=family,
        original_script_name=_within(
            errors, "original_script_name", clean_text(draft.original_script_name), MAX_NAME
        ),
        sex=_enum_or_none(errors, "sex", draft.sex, Sex),
        birth_year=birth_year,
        nationality=codes.get("nationality", origin_country),
        dual_citizenship=codes.get("dual_citizenship", ""),
        country=codes.get("country", ""),
        city=_within(errors, "city", clean_text(draft.city), MAX_NAME),
        address=_within(errors, "address", clean_text(draft.address, multiline=True), MAX_ADDRESS),
        phones=tuple(e164 for e164, _extension in numbers),
        email=email,
        preferred_language=language,
        preferred_channel=_enum_or_none(errors, "preferred_channel", draft.preferred_channel, Channel),
        generation=generation,
        arrival_year=arrival_year,
        return_intention=intention or ReturnIntention.NONE,
        notes=_notes(draft, numbers),
        passport_expires_on=passport_expires_on,
        postal=_postal(errors, draft),
    )
    if errors:
        raise ValidationError(errors)
    return fields
