"""ORM models of outreach (revision 0006): campaigns, messages, deliveries, polls, events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from diaspora_desk.db.base import Base, utcnow
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import Person


class Campaign(Base):
    """An outreach campaign: objective, channels, schedule, budget, owner and audience segment."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    objective: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="")
    price_per_segment: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    # Where the campaign's date happens (the {place} of its messages), e.g. an event's venue.
    place: Mapped[str] = mapped_column(String(200), default="")
    fallback_language: Mapped[str] = mapped_column(String(3), default="en")
    # The saved segment as JSON (domain.campaigns.Segment.to_json).
    segment: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CampaignChannelRow(Base):
    __tablename__ = "campaign_channel"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CampaignMessage(Base):
    """The campaign's message in one language, with {placeholders}."""

    __tablename__ = "campaign_message"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)


class Delivery(Base):
    """A prepared send: which channel and file, when, by whom; its recipients in delivery_recipient."""

    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    prepared_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    officer: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(Text)
    recipients: Mapped[int] = mapped_column(Integer)
    segments: Mapped[int] = mapped_column(Integer, default=0)


class DeliveryRecipient(Base):
    __tablename__ = "delivery_recipient"
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
    language: Mapped[str] = mapped_column(String(3))


class DeliveryAssociation(Base):
    """An association a prepared send was for (migration 0011)."""

    __tablename__ = "delivery_association"
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id"), primary_key=True, index=True)
    language: Mapped[str] = mapped_column(String(3))


class PollQuestion(Base):
    __tablename__ = "poll_question"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class PollAnswer(Base):
    __tablename__ = "poll_answer"
    question_id: Mapped[int] = mapped_column(
        ForeignKey("poll_question.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)


class PollReply(Base):
    """A reply from the gateway's file: matched to a person or not, read as answers or not.

    `status`: answered, opt_out, unmatched (no person has the number) or unparsed (no answer
    read); the last two wait in the review queue until an officer assigns them.
    """

    __tablename__ = "poll_reply"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    phone: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(300), default="")
    row_number: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_poll_reply_campaign_status", "campaign_id", "status"),
        Index("ix_poll_reply_campaign_person", "campaign_id", "person_id", "received_at"),
    )


class PollReplyAnswer(Base):
    __tablename__ = "poll_reply_answer"
    reply_id: Mapped[int] = mapped_column(ForeignKey("poll_reply.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("poll_question.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(32))


class OutreachEvent(Base):
    """A forum, diaspora day, business forum or summer school."""

    __tablename__ = "outreach_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    capacity: Mapped[int | None] = mapped_column(Integer)
    follow_ups: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EventRegistration(Base):
    """A person registered for an event, and whether they came (sensitive)."""

    __tablename__ = "event_registration"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_event.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default="registered")
    registered_on: Mapped[dt.date] = mapped_column(Date)


# The audience count reads only these indexes (migration 0011): the active people of a segment's
# countries with what the count needs (consent, phones, e-mail), those without a postal address,
# and withdrawn consents. Declared here, with the feature that reads them.
_ACTIVE = "archived_at IS NULL AND merged_into_id IS NULL"
Index(
    "ix_person_reach",
    Person.country,
    Person.preferred_language,
    Person.consent_campaigns,
    Person.phone_count,
    Person.email,
    Person.archived_at,
    Person.merged_into_id,
    sqlite_where=text(_ACTIVE),
)
Index(
    "ix_person_no_address",
    Person.country,
    Person.preferred_language,
    Person.consent_campaigns,
    Person.archived_at,
    Person.merged_into_id,
    sqlite_where=text(f"trim(address) = '' AND {_ACTIVE}"),
)
Index(
    "ix_consent_withdrawn",
    Consent.purpose,
    Consent.person_id,
    Consent.withdrawn_on,
    sqlite_where=text("withdrawn_on IS NOT NULL"),
)
