"""One line of the association list, in a module of its own: start-up builds the list's first
page from it before the other records (each frozen dataclass costs ~1 ms to create) are needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.enums import AssociationType


@dataclass(frozen=True, slots=True)
class AssociationRow:
    """One line of the association list."""

    id: int
    name: str
    acronym: str
    type: AssociationType
    country: str
    city: str
    members_estimate: int | None
    registered: bool
    archived: bool
    last_contact: dt.date | None
