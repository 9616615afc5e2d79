"""Frozen read models of people, their skills, consents, needs and matches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import Cefr, Channel, ReturnIntention, Sex
from diaspora_desk.domain.postal import PostalParts


@dataclass(frozen=True, slots=True)
class QualificationItem:
    isced_level: int
    field_of_study: str = ""
    institution: str = ""
    country: str = ""
    year: int | None = None
    recognised_at_home: bool = False


@dataclass(frozen=True, slots=True)
class OccupationItem:
    isco_code: str
    title: str = ""
    years_experience: int | None = None


@dataclass(frozen=True, slots=True)
class LicenceItem:
    name: str
    issuer: str = ""
    country: str = ""
    valid_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class AvailabilityItem:
    starts_on: dt.date
    ends_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class MembershipItem:
    association_id: int
    role: str = "member"
    since: dt.date | None = None
    association_name: str = ""


@dataclass(frozen=True, slots=True)
class Skills:
    """Everything of the skills inventory held on one person."""

    qualifications: tuple[QualificationItem, ...] = ()
    occupations: tuple[OccupationItem, ...] = ()
    languages: tuple[tuple[str, Cefr], ...] = ()
    licences: tuple[LicenceItem, ...] = ()
    tags: tuple[str, ...] = ()
    availability: tuple[AvailabilityItem, ...] = ()
    sector: str = ""


@dataclass(frozen=True, slots=True)
class ConsentState:
    purpose: ConsentPurpose
    given: bool
    given_on: dt.date | None
    how_given: str
    withdrawn_on: dt.date | None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person without the sensitive legal status (read that through its own audited call)."""

    id: int
    given_name: str
    family_name: str
    original_script_name: str
    sex: Sex | None
    birth_year: int | None
    nationality: str
    dual_citizenship: str
    country: str
    city: str
    latitude: float | None
    longitude: float | None
    address: str
    phones: tuple[str, ...]
    email: str
    preferred_language: str
    preferred_channel: Channel | None
    generation: int | None
    arrival_year: int | None
    return_intention: ReturnIntention
    notes: str
    skills: Skills
    memberships: tuple[MembershipItem, ...]
    consents: tuple[ConsentState, ...]
    archived_at: dt.datetime | None
    merged_into_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    passport_expires_on: dt.date | None = None
    postal: PostalParts = field(default_factory=PostalParts)
    """Postal code, locality, region and country after the `address` lines."""

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def consented(self, purpose: ConsentPurpose) -> bool:
        return any(c.purpose is purpose and c.given and c.withdrawn_on is None for c in self.consents)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list (never the legal status)."""

    id: int
    name: str
    birth_year: int | None
    country: str
    city: str
    occupation: str
    isced_level: int | None
    phone: str
    email: str
    sharing_consent: bool


def person_label(row: PersonRow) -> str:
    """ "Ana Xol — 1980, Fresno, United States, ••• 0101": enough to tell two namesakes apart (the
    phone masked to its last four digits). The pickers and ``events register`` show it."""
    from diaspora_desk.domain.contact import masked_phone
    from diaspora_desk.domain.geography import country_name

    parts = (
        str(row.birth_year) if row.birth_year else "",
        row.city,
        country_name(row.country),
        masked_phone(row.phone),
    )
    details = ", ".join(p for p in parts if p)
    return f"{row.name} — {details}" if details else row.name


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of a match explanation."""

    name: str
    points: float
    maximum: float
    detail: str


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: int
    name: str
    country: str
    city: str
    score: float
    criteria: tuple[Criterion, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Shortlist:
    need_id: int
    candidates: tuple[Candidate, ...]
    without_consent: int
    """How many more people would match if they had consented to sharing."""
