"""Queries over associations: full-text search, filters, sorting and paging in SQL."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, exists, func, literal_column, select, text
from sqlalchemy.orm import Session

from diaspora_desk.db.fts import BROAD_MATCH, fts_count
from diaspora_desk.db.models import Association, AssociationFocus, Interaction
from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery, AssociationSort
from diaspora_desk.domain.text import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_expression(text_query: str) -> str | None:
    """An FTS5 MATCH expression: every word must match as a prefix, in any column."""
    tokens = _TOKEN.findall(fold(text_query))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:16])


def last_contact_column() -> ScalarSelect[Any]:
    return (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.association_id == Association.id)
        .correlate(Association)
        .scalar_subquery()
    )


def _filtered(base: Select[Any], query: AssociationQuery) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    match = fts_expression(query.text)
    if match is not None:
        fts_ids = text("SELECT rowid FROM association_fts WHERE association_fts MATCH :match").bindparams(
            match=match
        )
        conditions.append(Association.id.in_(fts_ids.columns(literal_column("rowid"))))
    if query.country:
        conditions.append(Association.country == query.country)
    if query.type:
        conditions.append(Association.type == query.type)
    if query.focus:
        conditions.append(
            exists().where(
                AssociationFocus.association_id == Association.id,
                AssociationFocus.focus == query.focus,
            )
        )
    if query.archive is ArchiveFilter.ACTIVE:
        conditions.append(Association.archived_at.is_(None))
    elif query.archive is ArchiveFilter.ARCHIVED:
        conditions.append(Association.archived_at.is_not(None))
    return base.where(and_(*conditions)) if conditions else base


def _text_only(query: AssociationQuery) -> bool:
    return not (query.country or query.type or query.focus)


def count(session: Session, query: AssociationQuery) -> int:
    match = fts_expression(query.text)
    if match is not None and _text_only(query) and query.archive is not ArchiveFilter.ARCHIVED:
        # Matches in the index, less the (few, indexed) archived ones: no join over every match.
        total = fts_count(session, "association_fts", match)
        if query.archive is ArchiveFilter.ALL:
            return total
        archived = dataclasses.replace(query, archive=ArchiveFilter.ARCHIVED)
        return total - int(
            session.scalar(_filtered(select(func.count()).select_from(Association), archived)) or 0
        )
    stmt = _filtered(select(func.count()).select_from(Association), query)
    return int(session.scalar(stmt) or 0)


def page(session: Session, query: AssociationQuery, offset: int, limit: int) -> list[tuple[object, ...]]:
    """Rows (id, name, acronym, type, country, city, members, registered, archived_at, last)."""
    last_contact = last_contact_column()
    base: Select[Any] = select(
        Association.id,
        Association.name,
        Association.acronym,
        Association.type,
        Association.country,
        Association.city,
        Association.members_estimate,
        Association.registered,
        Association.archived_at,
        last_contact,
    )
    sort_columns = {
        AssociationSort.NAME: Association.name_key,
        AssociationSort.ACRONYM: func.lower(Association.acronym),
        AssociationSort.TYPE: Association.type,
        AssociationSort.COUNTRY: Association.country,
        AssociationSort.CITY: Association.city_key,
        AssociationSort.MEMBERS: Association.members_estimate,
        AssociationSort.REGISTERED: Association.registered,
        AssociationSort.LAST_CONTACT: last_contact,
    }
    column = sort_columns[query.sort]
    order = [column.desc() if query.descending else column.asc()]
    if query.sort is not AssociationSort.NAME:
        order.append(Association.name_key.asc())
    order.append(Association.id.desc() if query.descending else Association.id.asc())
    stmt = _filtered(base, query).order_by(*order).offset(offset).limit(limit)
    match = fts_expression(query.text)
    if (
        query.sort is AssociationSort.NAME
        and match
        and fts_count(session, "association_fts", match) > BROAD_MATCH
    ):
        stmt = stmt.with_hint(Association, "INDEXED BY ix_association_name_key", dialect_name="sqlite")
    return [tuple(row) for row in session.execute(stmt)]


def find_duplicate(
    session: Session, name_key: str, country: str, city_key: str, exclude_id: int | None
) -> int | None:
    """Id of an association with the same folded name, country and city, if any."""
    stmt = select(Association.id).where(
        Association.name_key == name_key,
        Association.country == country,
        Association.city_key == city_key,
    )
    if exclude_id is not None:
        stmt = stmt.where(Association.id != exclude_id)
    return session.scalar(stmt.limit(1))


def countries_in_use(session: Session) -> list[str]:
    return list(session.scalars(select(Association.country).distinct().order_by(Association.country)))
