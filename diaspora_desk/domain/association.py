"""Association profiles: the input a form or an import row gives, and its validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from diaspora_desk.domain.contact import PhoneNumber, normalise_email, normalise_website
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed, parsed_all
from diaspora_desk.domain.geography import country_code, language_code
from diaspora_desk.domain.text import clean_text

MAX_SHORT = 200
MAX_LONG = 20_000
MAX_MEMBERS = 50_000_000
EARLIEST_FOUNDED = 1700


@dataclass(frozen=True, slots=True)
class AssociationDraft:
    """Unvalidated association fields as typed by an officer or read from a file."""

    name: str
    acronym: str = ""
    type: str = AssociationType.OTHER.value
    country: str = ""
    city: str = ""
    address: str = ""
    founded_year: str = ""
    members_estimate: str = ""
    focus_areas: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    website: str = ""
    contact_person: str = ""
    leadership: str = ""
    registered: bool = False
    registered_on: dt.date | None = None
    advisory_council: bool = False
    independence_respected: bool = True
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AssociationFields:
    """Validated, normalised association fields (codes, E.164 phones, clean text)."""

    name: str
    acronym: str
    type: AssociationType
    country: str
    city: str
    address: str
    founded_year: int | None
    members_estimate: int | None
    focus_areas: tuple[FocusArea, ...]
    languages: tuple[str, ...]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    website: str
    contact_person: str
    leadership: str
    registered: bool
    registered_on: dt.date | None
    advisory_council: bool
    independence_respected: bool
    notes: str


def _short(errors: dict[str, str], name: str, value: str, *, required: bool = False) -> str:
    text = clean_text(value)
    if required and not text:
        errors[name] = msg("is required")
    elif len(text) > MAX_SHORT:
        errors[name] = msg("is longer than {limit} characters", limit=MAX_SHORT)
    return text


def _long(errors: dict[str, str], name: str, value: str) -> str:
    text = clean_text(value, multiline=True)
    if len(text) > MAX_LONG:
        errors[name] = msg("is longer than {limit} characters", limit=MAX_LONG)
    return text


def _int_in(errors: dict[str, str], name: str, value: str, low: int, high: int) -> int | None:
    text = value.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        number = int(text)
    except ValueError:
        errors[name] = msg("'{value}' is not a whole number", value=value.strip()[:40])
        return None
    if not low <= number <= high:
        errors[name] = msg("{number} is not between {low} and {high}", number=number, low=low, high=high)
        return None
    return number


E = TypeVar("E", AssociationType, FocusArea)


def _codes(errors: dict[str, str], name: str, values: tuple[str, ...], enum: type[E]) -> tuple[E, ...]:
    result: list[E] = []
    for raw in values:
        text = raw.strip().casefold()
        if not text:
            continue
        try:
            code = enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            errors[name] = msg("'{raw}' is not one of {allowed}", raw=raw.strip()[:40], allowed=allowed)
            continue
        if code not in result:
            result.append(code)
    return tuple(result)


def _e164(raw: str, region: str | None) -> str:
    return PhoneNumber.parse(raw, region).e164


def validate_association(draft: AssociationDraft, *, today: dt.date) -> AssociationFields:
    """Check and normalise every field; raise :class:`ValidationError` naming each bad field."""
    errors: dict[str, str] = {}
    name = _short(errors, "name", draft.name, required=True)
    types = _codes(errors, "type", (draft.type or AssociationType.OTHER.value,), AssociationType)
    country = parsed(errors, "country", draft.country, country_code) or ""
    if not draft.country.strip():
        errors["country"] = msg("is required")
    languages = parsed_all(errors, "languages", draft.languages, language_code)
    phones = parsed_all(errors, "phone", draft.phones, partial(_e164, region=country or None))
    emails = parsed_all(errors, "email", draft.emails, normalise_email, same=str.casefold)
    website = parsed(errors, "website", draft.website, normalise_website) or ""
    if draft.registered_on is not None and draft.registered_on > today:
        errors["registered_on"] = msg("is in the future")
    fields = AssociationFields(
        name=name,
        acronym=_short(errors, "acronym", draft.acronym),
        type=types[0] if types else AssociationType.OTHER,
        country=country,
        city=_short(errors, "city", draft.city),
        address=_long(errors, "address", draft.address),
        founded_year=_int_in(errors, "founded_year", draft.founded_year, EARLIEST_FOUNDED, today.year),
        members_estimate=_int_in(errors, "members_estimate", draft.members_estimate, 0, MAX_MEMBERS),
        focus_areas=_codes(errors, "focus_areas", draft.focus_areas, FocusArea),
        languages=languages,
        phones=phones,
        emails=emails,
        website=website,
        contact_person=_short(errors, "contact_person", draft.contact_person),
        leadership=_long(errors, "leadership", draft.leadership),
        registered=draft.registered,
        registered_on=draft.registered_on if draft.registered else None,
        advisory_council=draft.advisory_council,
        independence_respected=draft.independence_respected,
        notes=_long(errors, "notes", draft.notes),
    )
    if errors:
        raise ValidationError(errors)
    return fields
