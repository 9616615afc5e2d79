"""Frozen read models that services return (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diaspora_desk.domain.association_row import AssociationRow as AssociationRow
from diaspora_desk.domain.enums import AssociationType, FocusArea, InteractionKind


@dataclass(frozen=True, slots=True)
class ConsulateRecord:
    id: int
    name: str
    country: str
    city: str
    latitude: float | None
    longitude: float | None
    jurisdiction: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AppSettings:
    """What first-run setup asks: origin country, consulate and officer."""

    origin_country: str
    officer_name: str
    consulate: ConsulateRecord | None

    @property
    def configured(self) -> bool:
        return bool(self.origin_country and self.officer_name and self.consulate)


@dataclass(frozen=True, slots=True)
class AssociationRecord:
    id: int
    name: str
    acronym: str
    type: AssociationType
    country: str
    city: str
    latitude: float | None
    longitude: float | None
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
    archived_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True, slots=True)
class InteractionRecord:
    id: int
    association_id: int
    association_name: str
    occurred_on: dt.date
    kind: InteractionKind
    officer: str
    summary: str
    practice_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PracticeNode:
    """A catalogue entry with its children, in display order."""

    id: str
    title: str
    description: str
    source_file: str
    source_section: str
    source_lines: tuple[int, int]
    activity_count: int
    children: tuple[PracticeNode, ...] = field(default=())
    source_title: str = ""
    """The source document's title, as the catalogue names it (the file name is for citing)."""

    @property
    def source_reference(self) -> str:
        """The document by its title, the section and the lines: how an officer cites it."""
        first, last = self.source_lines
        return f"{self.source_title or self.source_file}, {self.source_section}, lines {first}–{last}"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: dt.datetime
    officer: str
    action: str
    entity_type: str
    entity_id: str
    before: str | None
    after: str | None
