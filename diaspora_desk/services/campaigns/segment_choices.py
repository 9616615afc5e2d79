"""What the segment editor offers by name: ISCO-08 groups, towns of the gazetteer, associations.

The editor never asks for a code: these give it the names to choose from and the names of
what a saved segment already holds.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.models import Association
from diaspora_desk.db.people_models import IscoGroup
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.people.association_names import associations_named

MAX_TOWNS = 5000
"""Towns offered for completion per country, most populous first."""


def isco_groups(session: Session) -> dict[str, str]:
    """Every ISCO-08 group (1 to 4 digits) with its label."""
    return {code: label for code, label in session.execute(select(IscoGroup.code, IscoGroup.label))}


def find_associations(session: Session, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Active associations whose name or acronym holds ``text``: (id, "Name — City")."""
    return [(item.association_id, item.association_name) for item in associations_named(session, text, limit)]


def association_labels(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Names ("Name — City") of the given associations, archived ones too (a saved segment may
    still name one)."""
    rows = session.execute(
        select(Association.id, Association.name, Association.city).where(Association.id.in_(list(ids)))
    )
    return {i: f"{name} — {city}" if city else name for i, name, city in rows}


def town_names(gazetteer: Gazetteer, countries: Iterable[str]) -> list[str]:
    """Gazetteer towns of the countries (each country's most populous first), each name once."""
    seen: set[str] = set()
    names: list[str] = []
    for country in countries:
        for name in gazetteer.names(country)[:MAX_TOWNS]:
            if name not in seen:
                seen.add(name)
                names.append(name)
    return names
