"""Nationals abroad: code lists, the skills vocabulary (ISCED, CEFR) and person validation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import TypeVar

from diaspora_desk.domain.contact import PhoneNumber, normalise_email
from diaspora_desk.domain.errors import ValidationError, message_of, msg
from diaspora_desk.domain.geography import country_code, language_code
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.text import clean_text, fold

MAX_NAME = 200
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


def _phones(
    errors: dict[str, str], texts: tuple[str, ...], region: str | None
) -> tuple[list[str], list[str]]:
    """E.164 numbers, and a note for each extension (E.164 has no room for one)."""
    phones: list[str] = []
    extensions: list[str] = []
    for raw in texts:
        if raw.strip():
            try:
                number, extension = PhoneNumber.parse_with_extension(raw, region)
            except ValueError as exc:
                errors["phone"] = message_of(exc)
                continue
            if number.e164 not in phones:
                phones.append(number.e164)
            note = f"Phone {number.e164} extension {extension}"
            if extension and note not in extensions:
                extensions.append(note)
    return phones, extensions


def validate_person(draft: PersonDraft, *, today: dt.date, origin_country: str) -> PersonFields:
    """Check and normalise a person; raises :class:`ValidationError` naming each bad field."""
    errors: dict[str, str] = {}
    given = clean_text(draft.given_name)
    family = clean_text(draft.family_name)
    if not given and not family:
        errors["given_name"] = msg("a given or family name is required")
    for field, value in (("given_name", given), ("family_name", family)):
        if len(value) > MAX_NAME:
            errors[field] = msg("is longer than {limit} characters", limit=MAX_NAME)
    codes: dict[str, str] = {}
    for field, text in (
        ("country", draft.country),
        ("nationality", draft.nationality),
        ("dual_citizenship", draft.dual_citizenship),
    ):
        if text.strip():
            try:
                codes[field] = country_code(text)
            except ValueError as exc:
                errors[field] = message_of(exc)
    if not draft.country.strip():
        errors["country"] = msg("is required")
    phones, extensions = _phones(errors, draft.phones, codes.get("country"))
    email = ""
    if draft.email.strip():
        try:
            email = normalise_email(draft.email)
        except ValueError as exc:
            errors["email"] = message_of(exc)
    language = ""
    if draft.preferred_language.strip():
        try:
            language = language_code(draft.preferred_language)
        except ValueError as exc:
            errors["preferred_language"] = message_of(exc)
    generation = None
    if draft.generation.strip():
        if draft.generation.strip() in ("1", "2", "3"):
            generation = int(draft.generation.strip())
        else:
            errors["generation"] = msg(
                "'{generation}' is not 1, 2 or 3", generation=draft.generation.strip()[:10]
            )
    birth_year = _year(errors, "birth_year", draft.birth_year, today.year - 120, today.year)
    arrival_year = _year(errors, "arrival_year", draft.arrival_year, today.year - 120, today.year)
    if birth_year and arrival_year and arrival_year < birth_year:
        errors["arrival_year"] = msg("is before the birth year")
    intention = _enum_or_none(errors, "return_intention", draft.return_intention, ReturnIntention)
    passport_expires_on = None
    if draft.passport_expires_on.strip():
        try:
            passport_expires_on = parse_date(draft.passport_expires_on)
        except ValueError as exc:
            errors["passport_expires_on"] = message_of(exc)
    fields = PersonFields(
        given_name=given,
        family_name=family,
        original_script_name=clean_text(draft.original_script_name)[:MAX_NAME],
        sex=_enum_or_none(errors, "sex", draft.sex, Sex),
        birth_year=birth_year,
        nationality=codes.get("nationality", origin_country),
        dual_citizenship=codes.get("dual_citizenship", ""),
        country=codes.get("country", ""),
        city=clean_text(draft.city)[:MAX_NAME],
        address=clean_text(draft.address, multiline=True)[:2000],
        phones=tuple(phones),
        email=email,
        preferred_language=language,
        preferred_channel=_enum_or_none(errors, "preferred_channel", draft.preferred_channel, Channel),
        generation=generation,
        arrival_year=arrival_year,
        return_intention=intention or ReturnIntention.NONE,
        notes="\n".join(n for n in (clean_text(draft.notes, multiline=True), *extensions) if n),
        passport_expires_on=passport_expires_on,
    )
    if errors:
        raise ValidationError(errors)
    return fields
