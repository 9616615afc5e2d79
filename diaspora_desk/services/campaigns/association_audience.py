"""Associations as recipients of a campaign: which ones a segment covers, and their contacts.

An association is an organisation, not a person: no consent per purpose is recorded for it (the
consent rules of people do not apply), so an association is reached only through the contacts its
record holds: its first phone (SMS, calls), its first e-mail (e-mail), its address (letters).
Only active (not archived) associations count, in the segment's host countries and towns, of the
segment's association types. The message goes in the association's first recorded language,
else in the campaign's fallback language; ``{given_name}`` is the association's name.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.models import Association, AssociationContact, AssociationLanguage
from diaspora_desk.domain.campaigns import CONTACT_NEEDED, CampaignChannel, LeftOutReason, Segment
from diaspora_desk.domain.postal import PostalParts
from diaspora_desk.domain.text import fold

_KIND = {LeftOutReason.NO_PHONE: "phone", LeftOutReason.NO_EMAIL: "email"}


def association_filter(segment: Segment) -> list[ColumnElement[bool]]:
    """WHERE clauses over `association` (active ones only)."""
    where: list[ColumnElement[bool]] = [Association.archived_at.is_(None)]
    if segment.countries:
        where.append(Association.country.in_(segment.countries))
    if segment.cities:
        where.append(Association.city_key.in_([fold(c) for c in segment.cities]))
    if segment.association_types:
        where.append(Association.type.in_(segment.association_types))
    return where


def _has(channel: CampaignChannel) -> ColumnElement[bool]:
    reason = CONTACT_NEEDED[channel]
    if reason in _KIND:
        return exists().where(
            AssociationContact.association_id == Association.id, AssociationContact.kind == _KIND[reason]
        )
    return func.trim(Association.address) != ""


def count_associations(
    session: Session, segment: Segment, channels: list[CampaignChannel]
) -> tuple[int, dict[CampaignChannel, int]]:
    """How many associations the segment covers, and per channel how many lack the contact."""
    columns = [func.count(), *(func.coalesce(func.sum(case((~_has(c), 1), else_=0)), 0) for c in channels)]
    row = session.execute(select(*columns).select_from(Association).where(*association_filter(segment))).one()
    return int(row[0]), {c: int(n) for c, n in zip(channels, row[1:], strict=True)}


def _first(kind: str) -> Select[str]:
    return (
        select(AssociationContact.value)
        .where(AssociationContact.association_id == Association.id, AssociationContact.kind == kind)
        .order_by(AssociationContact.position, AssociationContact.id)
        .limit(1)
    )


def association_recipients(
    session: Session, segment: Segment, channel: CampaignChannel
) -> Iterator[dict[str, object]]:
    """The fields of a recipient for each association the segment covers that has what
    ``channel`` needs, by id (the caller builds its `Recipient`)."""
    language = (
        select(AssociationLanguage.language)
        .where(AssociationLanguage.association_id == Association.id)
        .order_by(AssociationLanguage.language)
        .limit(1)
        .scalar_subquery()
    )
    where = association_filter(segment)
    if channel in CONTACT_NEEDED:
        where.append(_has(channel))
    stmt = (
        select(
            Association.id,
            Association.name,
            language,
            Association.country,
            Association.city,
            _first("phone").scalar_subquery(),
            _first("email").scalar_subquery(),
            Association.address,
        )
        .where(and_(*where))
        .order_by(Association.id)
    )
    for row in session.execute(stmt):
        yield {
            "association_id": row[0],
            "given_name": row[1],
            "language": row[2] or "",
            "country": row[3],
            "city": row[4],
            "phone": row[5] or "",
            "email": row[6] or "",
            "address": row[7],
            "postal": PostalParts(),
        }
