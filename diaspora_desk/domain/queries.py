"""What a list view asks for: search text, filters, sort order."""

from __future__ import annotations

import datetime as dt
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


class PeopleSort(StrEnum):
    NAME = "name"
    BIRTH_YEAR = "birth_year"
    COUNTRY = "country"
    CITY = "city"


@dataclass(frozen=True, slots=True)
class PeopleQuery:
    """Search text matches names (any word order, accents ignored), a phone or an e-mail."""

    text: str = ""
    country: str | None = None
    city: str | None = None
    isco: str | None = None
    min_isced: int | None = None
    language: str | None = None
    available_on: dt.date | None = None
    association_id: int | None = None
    consent: str | None = None
    archive: ArchiveFilter = ArchiveFilter.ACTIVE
    sort: PeopleSort = PeopleSort.NAME
    descending: bool = False
