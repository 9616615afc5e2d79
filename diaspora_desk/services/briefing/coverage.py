"""Practices coverage: for every catalogue practice, the activities tagged with it in a period.

Each kind of activity is read by one *evidence source*: a function giving the tagged activities
of that kind in the period (practice, kind, day, a line of evidence naming no person). A feature
that tags a new kind of activity adds its source to :data:`EVIDENCE_SOURCES`; the coverage
table and the briefing then show it with no other change.

Partners, agreements and projects follow the rules of the briefing's section 7
(``services/partners/briefing.py``): a partner counts once registered by the end of the period,
an agreement once concluded (in force, expired or terminated) and running on some day of the
period, a project once begun by the end of the period and not ended before it starts. None of them
belongs to one consulate, so the consulate chosen does not narrow them (nor interactions).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Select, cast, func, or_, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import Campaign, OutreachEvent, PollQuestion
from diaspora_desk.db.models import Association, Interaction, Practice, PracticeLink
from diaspora_desk.db.partner_models import Agreement, Partner, Project
from diaspora_desk.db.people_models import Need, Placement
from diaspora_desk.db.visit_models import MobileVisit
from diaspora_desk.domain.briefing import CoverageRow, Evidence, Period, supported_by
from diaspora_desk.domain.enums import ActivityKind
from diaspora_desk.domain.partners import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_STATUS_LABELS,
    PARTNER_KIND_LABELS,
    AgreementKind,
    AgreementStatus,
    PartnerKind,
)
from diaspora_desk.domain.projects import STAGE_LABELS, ProjectStage
from diaspora_desk.i18n import _
from diaspora_desk.services.partners.briefing import CONCLUDED


@dataclass(frozen=True, slots=True)
class Tagged:
    """One activity tagged with one practice."""

    practice_id: str
    kind: str
    day: dt.date
    text: str


EvidenceSource = Callable[[Session, Period, "int | None"], Iterable[Tagged]]
"""(session, period, consulate id or None for all) -> the tagged activities of one kind."""


def _linked(kind: ActivityKind, activity_id: Any) -> Any:
    return (PracticeLink.activity_kind == kind.value) & (PracticeLink.activity_id == activity_id)


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _rows(session: Session, kind: str, statement: Select[str, Any, str]) -> list[Tagged]:
    return [
        Tagged(practice_id, kind, _day(day), text) for practice_id, day, text in session.execute(statement)
    ]


def interactions(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Meetings, calls, events, visits and letters with associations (named, not summarised)."""
    statement = (
        select(
            PracticeLink.practice_id,
            Interaction.occurred_on,
            Interaction.kind + " with " + Association.name,
        )
        .join(Interaction, _linked(ActivityKind.INTERACTION, Interaction.id))
        .join(Association, Association.id == Interaction.association_id)
        .where(Interaction.occurred_on.between(period.first, period.last))
    )
    return _rows(session, ActivityKind.INTERACTION.value, statement)


def mobile_visits(session: Session, period: Period, consulate: int | None) -> list[Tagged]:
    """Mobile consulates of the consulate that start in the period (done or planned)."""
    statement = (
        select(
            PracticeLink.practice_id,
            MobileVisit.starts_on,
            MobileVisit.title + " (" + MobileVisit.city + "), " + MobileVisit.status,
        )
        .join(MobileVisit, _linked(ActivityKind.MOBILE_VISIT, MobileVisit.id))
        .where(MobileVisit.starts_on.between(period.first, period.last), MobileVisit.status != "cancelled")
    )
    if consulate is not None:
        statement = statement.where(MobileVisit.consulate_id == consulate)
    return _rows(session, ActivityKind.MOBILE_VISIT.value, statement)


def campaigns(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Campaigns that start in the period (undated ones: when created); those with questions are polls."""
    day = func.coalesce(Campaign.starts_on, cast(Campaign.created_at, Date))
    polls = set(session.scalars(select(PollQuestion.campaign_id).distinct()))
    statement = (
        select(PracticeLink.practice_id, day, Campaign.title, Campaign.id)
        .join(Campaign, _linked(ActivityKind.CAMPAIGN, Campaign.id))
        .where(day.between(period.first, period.last))
    )
    return [
        Tagged(practice_id, "poll" if campaign_id in polls else "campaign", _day(when), title)
        for practice_id, when, title, campaign_id in session.execute(statement)
    ]


def events(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Forums, diaspora days, business forums and summer schools held in the period."""
    statement = (
        select(
            PracticeLink.practice_id, OutreachEvent.starts_on, OutreachEvent.title + ", " + OutreachEvent.city
        )
        .join(OutreachEvent, _linked(ActivityKind.OUTREACH_EVENT, OutreachEvent.id))
        .where(OutreachEvent.starts_on.between(period.first, period.last))
    )
    return _rows(session, ActivityKind.OUTREACH_EVENT.value, statement)


def placements(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Placements for home-country needs, by the need (the person is never named)."""
    day = func.coalesce(Placement.starts_on, cast(Placement.created_at, Date))
    statement = (
        select(
            PracticeLink.practice_id,
            day,
            Need.title + " (" + Need.institution + "), " + Placement.status,
        )
        .join(Placement, _linked(ActivityKind.PLACEMENT, Placement.id))
        .join(Need, Need.id == Placement.need_id)
        .where(day.between(period.first, period.last))
    )
    return _rows(session, ActivityKind.PLACEMENT.value, statement)


def partners(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Partners registered by the end of the period, on the day they were registered."""
    day = func.date(Partner.created_at, type_=Date)
    statement = (
        select(PracticeLink.practice_id, day, Partner.name, Partner.kind)
        .join(Partner, _linked(ActivityKind.PARTNER, Partner.id))
        .where(day <= period.last)
    )
    return [
        Tagged(
            pid,
            ActivityKind.PARTNER.value,
            _day(when),
            f"{name} ({_(PARTNER_KIND_LABELS[PartnerKind(kind)])})",
        )
        for pid, when, name, kind in session.execute(statement)
    ]


def agreements(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Agreements concluded and running on some day of the period, on the day they were signed
    (else the day they took effect)."""
    created = func.date(Agreement.created_at, type_=Date)
    effective = func.coalesce(Agreement.starts_on, Agreement.signed_on, created)
    statement = (
        select(
            PracticeLink.practice_id,
            func.coalesce(Agreement.signed_on, effective),
            Agreement.title,
            Agreement.kind,
            Agreement.status,
        )
        .join(Agreement, _linked(ActivityKind.AGREEMENT, Agreement.id))
        .where(
            Agreement.status.in_(CONCLUDED),
            effective <= period.last,
            or_(Agreement.ends_on.is_(None), Agreement.ends_on >= period.first),
        )
    )
    return [
        Tagged(
            pid,
            ActivityKind.AGREEMENT.value,
            _day(when),
            f"{title} ({_(AGREEMENT_KIND_LABELS[AgreementKind(kind)])}), "
            f"{_(AGREEMENT_STATUS_LABELS[AgreementStatus(status)])}",
        )
        for pid, when, title, kind, status in session.execute(statement)
    ]


def projects(session: Session, period: Period, _consulate: int | None) -> list[Tagged]:
    """Projects running in the period (begun by its end, not ended before it), on the day they began."""
    begun = func.coalesce(Project.starts_on, func.date(Project.created_at, type_=Date))
    statement = (
        select(PracticeLink.practice_id, begun, Project.title, Project.place, Project.stage)
        .join(Project, _linked(ActivityKind.PROJECT, Project.id))
        .where(begun <= period.last, or_(Project.ends_on.is_(None), Project.ends_on >= period.first))
    )
    return [
        Tagged(
            pid,
            ActivityKind.PROJECT.value,
            _day(when),
            f"{title} ({place}), {_(STAGE_LABELS[ProjectStage(stage)])}"
            if place
            else f"{title}, {_(STAGE_LABELS[ProjectStage(stage)])}",
        )
        for pid, when, title, place, stage in session.execute(statement)
    ]


EVIDENCE_SOURCES: tuple[EvidenceSource, ...] = (
    interactions,
    mobile_visits,
    campaigns,
    events,
    placements,
    partners,
    agreements,
    projects,
)


def coverage(
    session: Session,
    period: Period,
    consulate: int | None = None,
    sources: tuple[EvidenceSource, ...] = EVIDENCE_SOURCES,
) -> tuple[CoverageRow, ...]:
    """Every catalogue practice in catalogue order, with its activities in the period or as a gap."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    latest: dict[str, Evidence] = {}
    for source in sources:
        for item in source(session, period, consulate):
            counts[item.practice_id][item.kind] += 1
            known = latest.get(item.practice_id)
            if known is None or (item.day, item.kind, item.text) > (known.day, known.kind, known.text):
                latest[item.practice_id] = Evidence(item.kind, item.day, item.text)
    practices = session.execute(
        select(Practice.id, Practice.parent_id, Practice.title).order_by(Practice.position)
    )
    rows = list(practices)
    parents = {pid: parent for pid, parent, _title in rows}
    covered_below: dict[str, int] = defaultdict(int)
    for pid in counts:
        parent = parents.get(pid)
        while parent is not None:
            covered_below[parent] += 1
            parent = parents.get(parent)
    return tuple(
        CoverageRow(
            practice_id=pid,
            title=title,
            depth=pid.count("."),
            counts=dict(sorted(counts[pid].items())) if pid in counts else {},
            latest=latest.get(pid),
            covered_children=covered_below.get(pid, 0),
            supported_by=supported_by(pid),
        )
        for pid, _parent, title in rows
    )
