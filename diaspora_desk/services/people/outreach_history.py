"""What outreach reached one person: messages prepared for them, their poll replies, events.

A session-level reader (no transaction of its own), so the person record reads it in the same
snapshot as the rest of the record. It reads the outreach tables directly: `campaigns/` sits
above `people/` and a person's own record must not depend on that feature's services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.campaign_models import (
    Campaign,
    Delivery,
    DeliveryRecipient,
    EventRegistration,
    OutreachEvent,
    PollReply,
)

REPLY_LABELS = {"answered": "answered", "opt_out": "opted out", "unparsed": "not read (in review)"}
"""A reply's status in words (a person's own replies: unmatched ones have no person)."""


@dataclass(frozen=True, slots=True)
class MessageSent:
    """A message of a campaign prepared for the person (a row of the delivery log)."""

    campaign_id: int
    campaign_title: str
    channel: str
    language: str
    prepared_on: dt.date


@dataclass(frozen=True, slots=True)
class ReplyReceived:
    campaign_id: int
    campaign_title: str
    received_on: dt.date | None
    status: str
    """answered, opt_out, unparsed (waiting in the review queue)."""


@dataclass(frozen=True, slots=True)
class EventTaken:
    event_id: int
    title: str
    kind: str
    city: str
    starts_on: dt.date
    status: str
    """registered, attended, no_show, cancelled."""


@dataclass(frozen=True, slots=True)
class PersonOutreach:
    messages: tuple[MessageSent, ...] = ()
    replies: tuple[ReplyReceived, ...] = ()
    events: tuple[EventTaken, ...] = ()

    @property
    def campaigns(self) -> tuple[tuple[int, str], ...]:
        """(id, title) of every campaign that reached the person or got a reply, in order."""
        seen: dict[int, str] = {}
        for campaign_id, title in [(m.campaign_id, m.campaign_title) for m in self.messages] + [
            (r.campaign_id, r.campaign_title) for r in self.replies
        ]:
            seen.setdefault(campaign_id, title)
        return tuple(seen.items())


def person_outreach(session: Session, person_id: int) -> PersonOutreach:
    """The person's messages, replies and event registrations, oldest first."""
    messages = session.execute(
        select(
            Campaign.id, Campaign.title, Delivery.channel, DeliveryRecipient.language, Delivery.prepared_at
        )
        .join(Delivery, Delivery.campaign_id == Campaign.id)
        .join(DeliveryRecipient, DeliveryRecipient.delivery_id == Delivery.id)
        .where(DeliveryRecipient.person_id == person_id)
        .order_by(Delivery.prepared_at, Delivery.id)
    ).all()
    replies = session.execute(
        select(Campaign.id, Campaign.title, PollReply.received_at, PollReply.status)
        .join(PollReply, PollReply.campaign_id == Campaign.id)
        .where(PollReply.person_id == person_id)
        .order_by(PollReply.received_at, PollReply.id)
    ).all()
    events = session.execute(
        select(
            OutreachEvent.id,
            OutreachEvent.title,
            OutreachEvent.kind,
            OutreachEvent.city,
            OutreachEvent.starts_on,
            EventRegistration.status,
        )
        .join(EventRegistration, EventRegistration.event_id == OutreachEvent.id)
        .where(EventRegistration.person_id == person_id)
        .order_by(OutreachEvent.starts_on, OutreachEvent.id)
    ).all()
    return PersonOutreach(
        messages=tuple(MessageSent(i, t, c, lang, at.date()) for i, t, c, lang, at in messages),
        replies=tuple(ReplyReceived(i, t, at.date() if at else None, s) for i, t, at, s in replies),
        events=tuple(EventTaken(*row) for row in events),
    )
