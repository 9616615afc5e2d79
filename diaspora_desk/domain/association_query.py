"""What the associations list asks for: search text, filters, sort order; and the archive filter
every list shares. Apart from the other lists' queries (domain/queries.py) because the first
screen loads it before anything else: five enums and dataclasses less before the window shows.
"""

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
