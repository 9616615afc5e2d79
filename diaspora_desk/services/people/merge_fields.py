"""Merging two people field by field: the values side by side, the suggested choice, what moves."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import (
    Availability,
    Licence,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Placement,
    Qualification,
    SkillTag,
)
from diaspora_desk.db.people_repo import name_tokens
from diaspora_desk.db.visit_models import Appointment
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.people import RETURN_INTENTION_LABELS, Channel, ReturnIntention, Sex
from diaspora_desk.domain.status_labels import CHANNEL_LABELS, SEX_LABELS
from diaspora_desk.domain.text import fold

# The fields an officer chooses between, each with its label and the columns it carries along.
MERGE_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("name", N_("Name"), ("given_name", "family_name", "name_key", "name_tokens")),
    ("original_script_name", N_("Name in original script"), ("original_script_name",)),
    ("sex", N_("Sex"), ("sex",)),
    ("birth_year", N_("Birth year"), ("birth_year",)),
    ("nationality", N_("Nationality"), ("nationality",)),
    ("dual_citizenship", N_("Dual citizenship"), ("dual_citizenship",)),
    ("place", N_("Lives in"), ("country", "city", "city_key", "latitude", "longitude")),
    ("address", N_("Address"), ("address", "postal_code", "locality", "region", "address_country")),
    ("email", N_("E-mail"), ("email", "email_key")),
    ("preferred_language", N_("Preferred language"), ("preferred_language",)),
    ("preferred_channel", N_("Preferred channel"), ("preferred_channel",)),
    ("generation", N_("Generation"), ("generation",)),
    ("arrival_year", N_("Arrival year"), ("arrival_year",)),
    ("return_intention", N_("Return intention"), ("return_intention",)),
    ("passport_expires_on", N_("Passport expires on"), ("passport_expires_on",)),
    ("sector", N_("Sector"), ("sector",)),
    ("notes", N_("Notes"), ("notes",)),
)
FIELD_KEYS = frozenset(key for key, _label, _columns in MERGE_FIELDS)


@dataclass(frozen=True, slots=True)
class MergeField:
    """One line of the side-by-side view: both values in words, and which one is suggested."""

    key: str
    label: str
    kept_value: str
    other_value: str
    suggest_other: bool

    @property
    def differs(self) -> bool:
        return self.kept_value != self.other_value


@dataclass(frozen=True, slots=True)
class MergeSide:
    id: int
    name: str
    summary: str


@dataclass(frozen=True, slots=True)
class MergeComparison:
    """Two records side by side; ``moves`` counts what the other record hands over."""

    kept: MergeSide
    other: MergeSide
    fields: tuple[MergeField, ...]
    moves: tuple[tuple[str, int], ...]

    def suggested(self) -> frozenset[str]:
        """The keys of the fields whose suggested value is the other record's."""
        return frozenset(f.key for f in self.fields if f.suggest_other)


def shown_value(person: Person, key: str) -> str:
    """A field's value as an officer reads it: words, not codes; "" when empty."""
    text = _coded_value(person, key)
    if text is not None:
        return text
    value = getattr(person, key)
    return "" if value is None else str(value)


def _coded_value(person: Person, key: str) -> str | None:
    if key == "name":
        return " ".join(p for p in (person.given_name, person.family_name) if p)
    if key == "place":
        return ", ".join(p for p in (person.city, country_name(person.country)) if p)
    if key in ("nationality", "dual_citizenship"):
        code = getattr(person, key)
        return country_name(code) if code else ""
    if key == "sex":
        return SEX_LABELS[Sex(person.sex)] if person.sex else ""
    if key == "preferred_channel":
        return CHANNEL_LABELS[Channel(person.preferred_channel)] if person.preferred_channel else ""
    if key == "preferred_language":
        return language_name(person.preferred_language) if person.preferred_language else ""
    if key == "return_intention":
        intention = ReturnIntention(person.return_intention or ReturnIntention.NONE)
        return "" if intention is ReturnIntention.NONE else RETURN_INTENTION_LABELS[intention]
    return None


def _prefer_other(mine: str, theirs: str, other_newer: bool) -> bool:
    """The more complete value (one holds the other: "US" and "Fresno, US"), else the newer."""
    if not theirs or mine == theirs or theirs in mine:
        return False
    return not mine or mine in theirs or other_newer


def compare(session: Session, kept: Person, other: Person) -> MergeComparison:
    """Each field side by side. The suggestion is the more complete value (the one that is there,
    or the one that contains the other), else the more recently updated record's."""
    other_newer = other.updated_at > kept.updated_at
    fields = []
    for key, label, _columns in MERGE_FIELDS:
        mine, theirs = shown_value(kept, key), shown_value(other, key)
        fields.append(MergeField(key, label, mine, theirs, _prefer_other(mine, theirs, other_newer)))
    return MergeComparison(_side(kept), _side(other), tuple(fields), _moves(session, other.id))


def _side(person: Person) -> MergeSide:
    born = str(person.birth_year) if person.birth_year else ""
    place = ", ".join(p for p in (person.city, country_name(person.country)) if p)
    changed = person.updated_at.strftime("%Y-%m-%d")
    summary = " · ".join(p for p in (born, place, N_("changed {day}").format(day=changed)) if p)
    return MergeSide(person.id, shown_value(person, "name"), summary)


MOVING = (
    (N_("Phone numbers"), (PersonPhone,)),
    (N_("Memberships"), (Membership,)),
    (N_("Consent decisions"), (Consent,)),
    (N_("Skills"), (Qualification, PersonOccupation, PersonLanguage, Licence, SkillTag, Availability)),
    (N_("Placements"), (Placement,)),
    (N_("Appointments"), (Appointment,)),
)


def _moves(session: Session, person_id: int) -> tuple[tuple[str, int], ...]:
    counts = []
    for label, models in MOVING:
        total = 0
        for model in models:
            statement = select(func.count()).select_from(model).where(model.person_id == person_id)
            total += int(session.scalar(statement) or 0)
        counts.append((label, total))
    return tuple(counts)


def take_chosen(kept: Person, other: Person, take_from_other: Collection[str]) -> None:
    """Copy the chosen fields of ``other`` onto ``kept`` (the rest of ``kept`` stays as it is)."""
    unknown = set(take_from_other) - FIELD_KEYS
    if unknown:
        raise ValidationError(
            {"fields": msg("unknown fields to merge: {names}", names=", ".join(sorted(unknown)))}
        )
    for key, _label, columns in MERGE_FIELDS:
        if key in take_from_other:
            for column in columns:
                setattr(kept, column, getattr(other, column))
    # Stored keys follow the names they are made from, whichever record gave them.
    kept.name_key = fold(f"{kept.given_name} {kept.family_name}")
    kept.name_tokens = name_tokens(kept.given_name, kept.family_name)
