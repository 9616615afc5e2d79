"""Associations by name, for choosing a person's memberships (people never type an id)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from diaspora_desk.db.models import Association
from diaspora_desk.domain.people_records import MembershipItem
from diaspora_desk.domain.text import fold


def associations_named(session: Session, text: str, limit: int = 20) -> list[MembershipItem]:
    """Active associations whose name or acronym holds ``text``, name-order, each labelled with its
    city so two of one name are told apart."""
    key = fold(text).strip()
    if not key:
        return []
    # LIKE's wildcards typed by the officer are plain characters here: drop them.
    pattern = "%" + key.replace("%", "").replace("_", " ") + "%"
    rows = session.execute(
        select(Association.id, Association.name, Association.city)
        .where(
            Association.archived_at.is_(None),
            or_(Association.name_key.like(pattern), Association.acronym.ilike(pattern)),
        )
        .order_by(Association.name_key, Association.id)
        .limit(limit)
    )
    return [
        MembershipItem(association_id, association_name=f"{name} — {city}" if city else name)
        for association_id, name, city in rows
    ]
