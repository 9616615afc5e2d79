"""What a list view asks for: search text, filters, sort order (the associations list's in
domain/association_query.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.association_query import ArchiveFilter


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


class NeedSort(StrEnum):
    ID = "id"
    TITLE = "title"
    INSTITUTION = "institution"
    MODE = "mode"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class NeedQuery:
    """The needs list: every need, newest first unless sorted otherwise."""

    sort: NeedSort = NeedSort.ID
    descending: bool = True


class PlacementSort(StrEnum):
    ID = "id"
    PERSON = "person"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class PlacementQuery:
    """The placements of one need (none when ``need_id`` is None)."""

    need_id: int | None = None
    sort: PlacementSort = PlacementSort.ID
    descending: bool = False


class ReviewSort(StrEnum):
    ID = "id"
    SOURCE = "source"
    CANDIDATE = "candidate"


@dataclass(frozen=True, slots=True)
class ReviewQuery:
    """The pending rows of the duplicate review queue, oldest first unless sorted otherwise."""

    sort: ReviewSort = ReviewSort.ID
    descending: bool = False
