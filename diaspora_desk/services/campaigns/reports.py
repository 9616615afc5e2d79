"""The campaign report's data: audience, reach, poll results, opt-outs, practices addressed.

Read in one transaction (one consistent snapshot). Every count of people is turned into text
by `services/common/privacy.py` here, before it leaves the service: 1 to 4 become "<5", and a
total is shown with `shown_total`, so no suppressed cell can be worked out from the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from diaspora_desk.db.campaign_models import Delivery, DeliveryAssociation, DeliveryRecipient, PollReply
from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Practice
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.campaigns import CHANNEL_LABELS, PERSONAL_CHANNELS, CampaignRecord
from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.domain.poll_replies import ReplyKind
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.services.campaigns.audience import count_audience
from diaspora_desk.services.campaigns.registry import campaign_record, load_campaign
from diaspora_desk.services.campaigns.tallies import PollResults, poll_results
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.privacy import SMALL_CELL, SUPPRESSED, is_suppressed, shown, shown_total
from diaspora_desk.services.common.settings import read_settings
from diaspora_desk.services.practices.catalogue import source_title


@dataclass(frozen=True, slots=True)
class CountRow:
    """A group and its count of people, as shown ("<5" for 1 to 4)."""

    label: str
    shown: str


@dataclass(frozen=True, slots=True)
class CountTable:
    rows: tuple[CountRow, ...]
    total: str
    """The total as :func:`privacy.shown_total` gives it: never reveals a hidden row."""


@dataclass(frozen=True, slots=True)
class AudienceSummary:
    matching: str
    no_consent: str
    opted_out: str
    consenting: str
    by_channel: tuple[tuple[str, str, str], ...]
    """(channel label, reachable, left out for want of a phone, e-mail or postal address)."""
    associations: str = ""
    """Associations in the segment ("" when it does not include them). Organisations, not
    people: shown exactly, as are the rows below."""
    associations_by_channel: tuple[tuple[str, str, str], ...] = ()
    associations_reached: str = ""
    """Distinct associations files were prepared for (the delivery log)."""


@dataclass(frozen=True, slots=True)
class PracticeLine:
    id: str
    title: str
    source: str


@dataclass(frozen=True, slots=True)
class CampaignReportData:
    consulate: ConsulateRecord | None
    generated_on: dt.date
    campaign: CampaignRecord
    audience: AudienceSummary
    reach_by_channel: CountTable
    reach_by_language: CountTable
    reach_by_country: CountTable
    deliveries: int
    """How many files were prepared (acts of the team, not people: shown as they are)."""
    poll: PollResults
    opt_outs: str
    """People who replied with an opt-out word to this campaign."""
    practices: tuple[PracticeLine, ...]


def count_table(pairs: Sequence[tuple[str, int]]) -> CountTable:
    """Rows in the order given, each count shown or suppressed, and a total that hides them."""
    return CountTable(
        rows=tuple(CountRow(label, shown(n)) for label, n in pairs),
        total=shown_total([n for _label, n in pairs]),
    )


def _reach(
    session: Session, campaign_id: int, column: InstrumentedAttribute[str], label: Callable[[str], str]
) -> CountTable:
    """Distinct people the campaign's prepared files reached, per value of ``column``."""
    people = func.count(func.distinct(DeliveryRecipient.person_id))
    stmt = (
        select(column, people)
        .select_from(DeliveryRecipient)
        .join(Delivery, Delivery.id == DeliveryRecipient.delivery_id)
        .join(Person, Person.id == DeliveryRecipient.person_id)
        .where(Delivery.campaign_id == campaign_id)
        .group_by(column)
        .order_by(people.desc(), column)
    )
    return count_table([(label(value or ""), int(n)) for value, n in session.execute(stmt)])


def _channel_label(value: str) -> str:
    return next((text for c, text in CHANNEL_LABELS.items() if c.value == value), value)


def _reachable(consenting: int, missing: int) -> str:
    """Reachable = consenting - missing: when ``missing`` is hidden, a range that hides it."""
    if not is_suppressed(missing):
        return shown(consenting - missing)
    low, high = consenting - (SMALL_CELL - 1), consenting - 1
    return SUPPRESSED if high < SMALL_CELL else f"{max(low, 0):,}–{high:,}"


def _audience(session: Session, record: CampaignRecord, today: dt.date) -> AudienceSummary:
    count = count_audience(session, record.segment, record.channels, today)
    channels = tuple(
        (
            CHANNEL_LABELS[c],
            _reachable(count.consenting, count.without_contact.get(c, 0)),
            shown(count.without_contact.get(c, 0)) if c in PERSONAL_CHANNELS else "",
        )
        for c in record.channels
    )
    organisations = tuple(
        (
            CHANNEL_LABELS[c],
            f"{n:,}",
            f"{count.associations_without_contact.get(c, 0):,}" if c in PERSONAL_CHANNELS else "",
        )
        for c, n in count.associations_reachable.items()
    )
    reached = session.scalar(
        select(func.count(func.distinct(DeliveryAssociation.association_id)))
        .join(Delivery, Delivery.id == DeliveryAssociation.delivery_id)
        .where(Delivery.campaign_id == record.id)
    )
    return AudienceSummary(
        # The three parts add up to the segment: its total must not give a hidden part away.
        matching=shown_total([count.no_consent, count.opted_out, count.consenting]),
        no_consent=shown(count.no_consent),
        opted_out=shown(count.opted_out),
        consenting=shown(count.consenting),
        by_channel=channels,
        associations=f"{count.associations:,}" if record.segment.include_associations else "",
        associations_by_channel=organisations,
        associations_reached=f"{int(reached or 0):,}"
        if record.segment.include_associations or reached
        else "",
    )


def _practices(session: Session, ids: tuple[str, ...]) -> tuple[PracticeLine, ...]:
    rows = session.scalars(select(Practice).where(Practice.id.in_(ids)).order_by(Practice.position))
    return tuple(
        PracticeLine(p.id, p.title, f"{source_title(p.source_file)}, {p.source_section}") for p in rows
    )


class CampaignReports:
    """The data of the campaign report (`report campaign ID`)."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def campaign(self, campaign_id: int) -> CampaignReportData:
        with self._db.unit_of_work() as uow:
            session = uow.session
            record = campaign_record(session, load_campaign(session, campaign_id))
            today = self._clock.today()
            opt_outs = session.scalar(
                select(func.count(func.distinct(PollReply.person_id))).where(
                    PollReply.campaign_id == campaign_id, PollReply.status == ReplyKind.OPT_OUT.value
                )
            )
            deliveries = session.scalar(
                select(func.count()).select_from(Delivery).where(Delivery.campaign_id == campaign_id)
            )
            return CampaignReportData(
                consulate=read_settings(session).consulate,
                generated_on=today,
                campaign=record,
                audience=_audience(session, record, today),
                reach_by_channel=_reach(session, campaign_id, Delivery.channel, _channel_label),
                reach_by_language=_reach(
                    session, campaign_id, DeliveryRecipient.language, lambda v: language_name(v) if v else "?"
                ),
                reach_by_country=_reach(
                    session, campaign_id, Person.country, lambda v: country_name(v) if v else "?"
                ),
                deliveries=int(deliveries or 0),
                poll=poll_results(session, campaign_id),
                opt_outs=shown(int(opt_outs or 0)),
                practices=_practices(session, record.practice_ids),
            )
