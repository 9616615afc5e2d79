"""What a list view asks for: search text, filters, sort order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ArchiveFilter(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


class AssociationSort(StrEnum):
    NAME = "name"
    ACRONYM = "acronym"
    TYPE = "type"
    COUNTRY = "country"
    CITY = "city"
    MEMBERS = "members"
    REGISTERED = "registered"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True, slots=True)
class AssociationQuery:
    text: str = ""
    country: str | None = None
    type: str | None = None
    focus: str | None = None
    archive: ArchiveFilter = ArchiveFilter.ACTIVE
    sort: AssociationSort = AssociationSort.NAME
    descending: bool = False
