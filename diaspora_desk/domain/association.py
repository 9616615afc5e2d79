"""Association profiles: the input a form or an import row gives, and its validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed_all
from diaspora_desk.domain.geography import language_code
from diaspora_desk.domain.organisation import contact_fields, long_text, short_text

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


def validate_association(draft: AssociationDraft, *, today: dt.date) -> AssociationFields:
    """Check and normalise every field; raise :class:`ValidationError` naming each bad field."""
    errors: dict[str, str] = {}
    name = short_text(errors, "name", draft.name, required=True)
    types = _codes(errors, "type", (draft.type or AssociationType.OTHER.value,), AssociationType)
    contact = contact_fields(errors, draft.country, draft.phones, draft.emails, draft.website)
    languages = parsed_all(errors, "languages", draft.languages, language_code)
    if draft.registered_on is not None and draft.registered_on > today:
        errors["registered_on"] = msg("is in the future")
    fields = AssociationFields(
        name=name,
        acronym=short_text(errors, "acronym", draft.acronym),
        type=types[0] if types else AssociationType.OTHER,
        country=contact.country,
        city=short_text(errors, "city", draft.city),
        address=long_text(errors, "address", draft.address),
        founded_year=_int_in(errors, "founded_year", draft.founded_year, EARLIEST_FOUNDED, today.year),
        members_estimate=_int_in(errors, "members_estimate", draft.members_estimate, 0, MAX_MEMBERS),
        focus_areas=_codes(errors, "focus_areas", draft.focus_areas, FocusArea),
        languages=languages,
        phones=contact.phones,
        emails=contact.emails,
        website=contact.website,
        contact_person=short_text(errors, "contact_person", draft.contact_person),
        leadership=long_text(errors, "leadership", draft.leadership),
        registered=draft.registered,
        registered_on=draft.registered_on if draft.registered else None,
        advisory_council=draft.advisory_council,
        independence_respected=draft.independence_respected,
        notes=long_text(errors, "notes", draft.notes),
    )
    if errors:
        raise ValidationError(errors)
    return fields
