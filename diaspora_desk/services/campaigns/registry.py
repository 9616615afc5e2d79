"""Campaigns: create, change and list them; every change is audited with before and after."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import Campaign, CampaignChannelRow, PollReply
from diaspora_desk.db.engine import Database
from diaspora_desk.domain.campaigns import (
    CampaignChannel,
    CampaignDraft,
    CampaignRecord,
    CampaignStatus,
    CampaignSummary,
    Segment,
    validate_campaign,
)
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, msg
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "campaign"


def load_campaign(session: Session, campaign_id: int) -> Campaign:
    row = session.get(Campaign, campaign_id)
    if row is None:
        raise NotFoundError(msg("There is no campaign with id {campaign_id}.", campaign_id=campaign_id))
    return row


def campaign_record(session: Session, row: Campaign) -> CampaignRecord:
    channels = session.scalars(
        select(CampaignChannelRow.channel)
        .where(CampaignChannelRow.campaign_id == row.id)
        .order_by(CampaignChannelRow.position)
    )
    return CampaignRecord(
        id=row.id,
        title=row.title,
        objective=row.objective,
        practice_ids=links_for(session, ActivityKind.CAMPAIGN, [row.id]).get(row.id, ()),
        partners=row.partners,
        channels=tuple(CampaignChannel(c) for c in channels),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        budget=row.budget,
        currency=row.currency,
        price_per_segment=row.price_per_segment,
        status=CampaignStatus(row.status),
        owner=row.owner,
        place=row.place,
        fallback_language=row.fallback_language,
        segment=Segment.from_json(row.segment),
    )


class CampaignService:
    """Creates, changes and reads campaigns."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer
        self._auditor = Auditor(ENTITY, officer, clock)

    def get(self, campaign_id: int) -> CampaignRecord:
        with self._db.unit_of_work() as uow:
            return campaign_record(uow.session, load_campaign(uow.session, campaign_id))

    def count(self, *, text: str = "", status: CampaignStatus | None = None) -> int:
        with self._db.unit_of_work() as uow:
            stmt = _filtered(select(func.count()).select_from(Campaign), text, status)
            return int(uow.session.scalar(stmt) or 0)

    def page(
        self, offset: int = 0, limit: int = 100, *, text: str = "", status: CampaignStatus | None = None
    ) -> list[CampaignSummary]:
        """Campaigns newest first, `limit` from `offset` (the list pages them from SQL)."""
        with self._db.unit_of_work() as uow:
            stmt = _filtered(select(Campaign), text, status)
            rows = list(uow.session.scalars(stmt.order_by(Campaign.id.desc()).offset(offset).limit(limit)))
            ids = [r.id for r in rows]
            channels: dict[int, list[CampaignChannel]] = {i: [] for i in ids}
            for campaign_id, channel in uow.session.execute(
                select(CampaignChannelRow.campaign_id, CampaignChannelRow.channel)
                .where(CampaignChannelRow.campaign_id.in_(ids))
                .order_by(CampaignChannelRow.position)
            ):
                channels[campaign_id].append(CampaignChannel(channel))
            replies = dict(
                uow.session.execute(
                    select(PollReply.campaign_id, func.count())
                    .where(PollReply.campaign_id.in_(ids))
                    .group_by(PollReply.campaign_id)
                ).all()
            )
            return [
                CampaignSummary(
                    id=r.id,
                    title=r.title,
                    status=CampaignStatus(r.status),
                    channels=tuple(channels[r.id]),
                    starts_on=r.starts_on,
                    owner=r.owner,
                    replies=int(replies.get(r.id, 0)),
                )
                for r in rows
            ]

    def create(self, draft: CampaignDraft) -> CampaignRecord:
        clean = validate_campaign(draft)
        if not clean.owner:
            clean = dataclasses.replace(clean, owner=self._officer())
        with self._db.unit_of_work(write=True) as uow:
            row = Campaign(created_at=self._clock.now())
            self._apply(uow.session, row, clean)
            record = campaign_record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, campaign_id: int, draft: CampaignDraft) -> CampaignRecord:
        clean = validate_campaign(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = load_campaign(uow.session, campaign_id)
            before = campaign_record(uow.session, row)
            self._apply(uow.session, row, clean)
            after = campaign_record(uow.session, row)
            self._auditor.record(uow.session, AuditAction.UPDATE, campaign_id, before, after)
            uow.commit()
            return after

    def set_status(self, campaign_id: int, status: CampaignStatus) -> CampaignRecord:
        record = self.get(campaign_id)
        return self.update(campaign_id, dataclasses.replace(record.draft(), status=status))

    def set_segment(self, campaign_id: int, segment: Segment) -> CampaignRecord:
        record = self.get(campaign_id)
        return self.update(campaign_id, dataclasses.replace(record.draft(), segment=segment))

    def _apply(self, session: Session, row: Campaign, draft: CampaignDraft) -> None:
        row.title, row.objective, row.partners = draft.title, draft.objective, draft.partners
        row.starts_on, row.ends_on = draft.starts_on, draft.ends_on
        row.budget, row.currency, row.price_per_segment = (
            draft.budget,
            draft.currency,
            draft.price_per_segment,
        )
        row.status, row.owner, row.place = draft.status.value, draft.owner, draft.place
        row.fallback_language = draft.fallback_language
        row.segment = draft.segment.to_json()
        row.updated_at = self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        session.execute(delete(CampaignChannelRow).where(CampaignChannelRow.campaign_id == row.id))
        session.add_all(
            CampaignChannelRow(campaign_id=row.id, channel=c.value, position=i)
            for i, c in enumerate(draft.channels)
        )
        set_links(session, ActivityKind.CAMPAIGN, row.id, draft.practice_ids)
        session.flush()


def _filtered(stmt: Select[Any], text: str, status: CampaignStatus | None) -> Select[Any]:
    if status is not None:
        stmt = stmt.where(Campaign.status == status.value)
    if text.strip():
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(Campaign.title.ilike(pattern) | Campaign.objective.ilike(pattern))
    return stmt
