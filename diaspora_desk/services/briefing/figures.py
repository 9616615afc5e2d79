"""The briefing's figures and tables, each read in the caller's transaction.

Counts of people go through ``services/common/privacy.py``: a count of 1-4 is printed "<5", and
the rows of an aggregate go through ``privacy.grouped`` so that small rows are folded together
and neither they nor a total give a small count away. Counts of the team's own acts (visits,
appointments, services delivered) and of associations are printed as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, cast, func, or_, select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import (
    Campaign,
    CampaignChannelRow,
    Delivery,
    DeliveryRecipient,
    PollQuestion,
)
from diaspora_desk.db.models import Association
from diaspora_desk.db.people_models import (
    Person,
    Placement,
)
from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.campaigns import CHANNEL_LABELS, CampaignChannel
from diaspora_desk.domain.enums import AssociationType
from diaspora_desk.domain.labels import ASSOCIATION_TYPE_LABELS
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.status_labels import PLACEMENT_STATUS_LABELS
from diaspora_desk.services.briefing.records import CampaignLine, CountTable, KeyFigure, PollLine
from diaspora_desk.services.campaigns.tallies import poll_results
from diaspora_desk.services.common.privacy import grouped, shown, shown_total

PLACED = (PlacementStatus.ACCEPTED, PlacementStatus.ON_ASSIGNMENT, PlacementStatus.COMPLETED)


def active_person() -> Any:
    return Person.archived_at.is_(None) & Person.merged_into_id.is_(None)


def _date_in(column: Any, period: Period) -> Any:
    return cast(column, Date).between(period.first, period.last)


def people_table(
    title: str,
    counts: Sequence[tuple[str, int]],
    *,
    top: int = 15,
    note: str = "",
    people: int | None = None,
) -> CountTable:
    """People per row, small rows folded (``privacy.grouped``); the total as ``shown_total``.

    ``people``: for rows where a person may count several times, the people behind the table
    (printed instead of a sum of the rows).
    """
    alone, folded, folded_people = grouped(counts, top=top)
    rows = [(label, shown(n)) for label, n in alone]
    if folded:
        rows.append((f"All others ({folded:,})", shown(folded_people)))
    parts = [n for _label, n in alone] + ([folded_people] if folded else [])
    if people is not None:
        return CountTable(title, "People", tuple(rows), shown(people), note, tuple(alone), "People in all")
    return CountTable(title, "People", tuple(rows), shown_total(parts), note, tuple(alone))


def registry_figures(session: Session, period: Period) -> tuple[int, int]:
    """Nationals registered (active now), and those registered during the period."""
    registered = session.scalar(select(func.count()).select_from(Person).where(active_person())) or 0
    new = session.scalar(
        select(func.count()).select_from(Person).where(active_person(), _date_in(Person.created_at, period))
    )
    return int(registered), int(new or 0)


Counts = list[tuple[str, int]]


def association_tables(session: Session, period: Period) -> tuple[tuple[KeyFigure, ...], CountTable]:
    active = Association.archived_at.is_(None)
    total = int(session.scalar(select(func.count()).select_from(Association).where(active)) or 0)
    registered = session.scalar(
        select(func.count()).select_from(Association).where(active, Association.registered.is_(True))
    )
    council = session.scalar(
        select(func.count()).select_from(Association).where(active, Association.advisory_council.is_(True))
    )
    new = session.scalar(
        select(func.count()).select_from(Association).where(active, _date_in(Association.created_at, period))
    )
    by_type = session.execute(
        select(Association.type, func.count())
        .where(active)
        .group_by(Association.type)
        .order_by(func.count().desc())
    )
    rows = tuple((ASSOCIATION_TYPE_LABELS.get(AssociationType(t), t), f"{int(n):,}") for t, n in by_type)
    figures = (
        KeyFigure("Associations", f"{total:,}", "active in the registry"),
        KeyFigure("Registered with the consulate", f"{int(registered or 0):,}"),
        KeyFigure("On the advisory council", f"{int(council or 0):,}"),
        KeyFigure("Added during the period", f"{int(new or 0):,}"),
    )
    return figures, CountTable("Associations by type", "Associations", rows, f"{total:,}")


def _in_period(period: Period) -> Any:
    """A campaign runs in the period: its dates overlap it (undated: created during it)."""
    ends = func.coalesce(Campaign.ends_on, Campaign.starts_on)
    dated = Campaign.starts_on.is_not(None) & (Campaign.starts_on <= period.last) & (ends >= period.first)
    return or_(dated, Campaign.starts_on.is_(None) & _date_in(Campaign.created_at, period))


def campaign_lines(session: Session, period: Period) -> tuple[tuple[CampaignLine, ...], int, int]:
    """Campaigns that ran in the period; how many, and the people their sends in the period reached."""
    found = session.execute(
        select(Campaign.id, Campaign.title, Campaign.status, Campaign.starts_on)
        .where(_in_period(period), Campaign.status != "cancelled")
        .order_by(Campaign.starts_on, Campaign.id)
    ).all()
    ids = [row[0] for row in found]
    channels: dict[int, list[str]] = {}
    for campaign_id, channel in session.execute(
        select(CampaignChannelRow.campaign_id, CampaignChannelRow.channel)
        .where(CampaignChannelRow.campaign_id.in_(ids))
        .order_by(CampaignChannelRow.position)
    ):
        channels.setdefault(campaign_id, []).append(CHANNEL_LABELS.get(CampaignChannel(channel), channel))
    sent = (
        select(DeliveryRecipient.person_id)
        .join(Delivery, Delivery.id == DeliveryRecipient.delivery_id)
        .where(_date_in(Delivery.prepared_at, period))
    )
    reach = dict(
        session.execute(
            select(Delivery.campaign_id, func.count(func.distinct(DeliveryRecipient.person_id)))
            .join(Delivery, Delivery.id == DeliveryRecipient.delivery_id)
            .where(_date_in(Delivery.prepared_at, period), Delivery.campaign_id.in_(ids))
            .group_by(Delivery.campaign_id)
        ).all()
    )
    reached = session.scalar(select(func.count()).select_from(sent.distinct().subquery())) or 0
    lines = tuple(
        CampaignLine(
            title,
            status.replace("_", " ").capitalize(),
            ", ".join(channels.get(cid, [])),
            starts,
            shown(int(reach.get(cid, 0))),
        )
        for cid, title, status, starts in found
    )
    return lines, len(lines), int(reached)


def poll_lines(session: Session, period: Period) -> tuple[PollLine, ...]:
    """Each poll question of the period's campaigns, answers overall (small cells withheld)."""
    polls = session.execute(
        select(Campaign.id, Campaign.title)
        .where(_in_period(period), Campaign.id.in_(select(PollQuestion.campaign_id)))
        .order_by(Campaign.id)
    ).all()
    lines = []
    for campaign_id, title in polls:
        results = poll_results(session, campaign_id)
        for question in results.questions:
            overall = question.overall
            answers = tuple(
                (
                    question.labels[code],
                    cell.shown if cell.count is None else f"{cell.count:,}",
                    "—" if cell.percent is None else f"{cell.percent:.1f} %",
                )
                for code, cell in overall.answers.items()
            )
            respondents = overall.denominator_shown
            lines.append(PollLine(title, question.text, respondents, answers))
    return tuple(lines)


def placement_table(session: Session, period: Period) -> tuple[CountTable, int]:
    """Placements started (or proposed) in the period by status; and the people placed."""
    day = func.coalesce(Placement.starts_on, cast(Placement.created_at, Date))
    counts = dict(
        session.execute(
            select(Placement.status, func.count(func.distinct(Placement.person_id)))
            .where(day.between(period.first, period.last))
            .group_by(Placement.status)
        ).all()
    )
    placed = session.scalar(
        select(func.count(func.distinct(Placement.person_id))).where(
            day.between(period.first, period.last), Placement.status.in_([s.value for s in PLACED])
        )
    )
    rows = tuple(
        (PLACEMENT_STATUS_LABELS[status], shown(int(counts.get(status.value, 0))))
        for status in PlacementStatus
    )
    total = shown_total([int(counts.get(status.value, 0)) for status in PlacementStatus])
    table = CountTable(
        "Placements by status",
        "People",
        rows,
        total,
        "A person proposed for several needs counts once per status.",
    )
    return table, int(placed or 0)
