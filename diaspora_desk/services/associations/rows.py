"""Rows of the association list from the repository's tuples (no SQLAlchemy: start-up reads them too)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db.first_page import first_associations
from diaspora_desk.domain.association_row import AssociationRow
from diaspora_desk.domain.enums import AssociationType


def association_row(values: tuple[object, ...]) -> AssociationRow:
    """(id, name, acronym, type, country, city, members, registered, archived_at, last contact)."""
    (id_, name, acronym, type_, country, city, members, registered, archived_at, last) = values
    return AssociationRow(
        id=int(id_),  # type: ignore[call-overload]
        name=str(name),
        acronym=str(acronym or ""),
        type=AssociationType(str(type_)),
        country=str(country),
        city=str(city or ""),
        members_estimate=members if isinstance(members, int) else None,
        registered=bool(registered),
        archived=archived_at is not None,
        last_contact=last if isinstance(last, dt.date) else _parse_date(last),
    )


def _parse_date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The associations list as it opens (active, by name), read before the application loads."""

    total: int
    rows: tuple[AssociationRow, ...]


def first_page(path: Path, limit: int) -> FirstPage | None:
    """The first `limit` active associations by name, or None when they cannot be read quickly."""
    found = first_associations(path, limit)
    if found is None:
        return None
    total, rows = found
    try:
        return FirstPage(total, tuple(association_row(values) for values in rows))
    except ValueError:  # a value this version does not know: no preview, the full load shows it
        return None
