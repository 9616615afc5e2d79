"""ORM models of the foundation schema (revision 0001)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from diaspora_desk.db.base import Base, utcnow


class AppSetting(Base):
    """Key/value settings: origin country, officer name, current consulate."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Consulate(Base):
    __tablename__ = "consulate"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    jurisdiction: Mapped[list[ConsulateJurisdiction]] = relationship(
        back_populates="consulate",
        cascade="all, delete-orphan",
        order_by="ConsulateJurisdiction.subdivision",
    )


class ConsulateJurisdiction(Base):
    """An ISO 3166-2 subdivision of the host country that the consulate serves."""

    __tablename__ = "consulate_jurisdiction"
    consulate_id: Mapped[int] = mapped_column(
        ForeignKey("consulate.id", ondelete="CASCADE"), primary_key=True
    )
    subdivision: Mapped[str] = mapped_column(String(10), primary_key=True)
    consulate: Mapped[Consulate] = relationship(back_populates="jurisdiction")


class Association(Base):
    __tablename__ = "association"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and accent-folded name and city: sorting and duplicate detection.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    acronym: Mapped[str] = mapped_column(String(200), default="")
    type: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    city: Mapped[str] = mapped_column(String(200), default="")
    city_key: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    address: Mapped[str] = mapped_column(Text, default="")
    founded_year: Mapped[int | None] = mapped_column(Integer)
    members_estimate: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    leadership: Mapped[str] = mapped_column(Text, default="")
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    advisory_council: Mapped[bool] = mapped_column(Boolean, default=False)
    independence_respected: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    focus_areas: Mapped[list[AssociationFocus]] = relationship(cascade="all, delete-orphan")
    languages: Mapped[list[AssociationLanguage]] = relationship(cascade="all, delete-orphan")
    contacts: Mapped[list[AssociationContact]] = relationship(
        cascade="all, delete-orphan", order_by="AssociationContact.position"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="association", order_by="Interaction.occurred_on.desc()"
    )

    __table_args__ = (
        Index("ix_association_dedup", "name_key", "country", "city_key"),
        # Only archived rows: an index holding every active (NULL) row would mislead the planner.
        Index("ix_association_archived", "archived_at", sqlite_where=text("archived_at IS NOT NULL")),
    )


class AssociationFocus(Base):
    __tablename__ = "association_focus"
    association_id: Mapped[int] = mapped_column(
        ForeignKey("association.id", ondelete="CASCADE"), primary_key=True
    )
    focus: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class AssociationLanguage(Base):
    __tablename__ = "association_language"
    association_id: Mapped[int] = mapped_column(
        ForeignKey("association.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(3), primary_key=True)


class AssociationContact(Base):
    """A phone number (E.164) or e-mail address of an association."""

    __tablename__ = "association_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[str] = mapped_column(String(254))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Interaction(Base):
    """A meeting, call, event, visit or letter with an association."""

    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    officer: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    association: Mapped[Association] = relationship(back_populates="interactions")


class Practice(Base):
    """An entry of the recommended-practices catalogue (reference data, stable ids)."""

    __tablename__ = "practice"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("practice.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    source_file: Mapped[str] = mapped_column(String(100))
    source_section: Mapped[str] = mapped_column(String(100))
    source_line_first: Mapped[int] = mapped_column(Integer)
    source_line_last: Mapped[int] = mapped_column(Integer)


class PracticeLink(Base):
    """Tags an activity of any kind (``activity_kind``, ``activity_id``) with a practice."""

    __tablename__ = "practice_link"
    practice_id: Mapped[str] = mapped_column(ForeignKey("practice.id"), primary_key=True)
    activity_kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_id: Mapped[int] = mapped_column(Integer, primary_key=True)

    __table_args__ = (Index("ix_practice_link_activity", "activity_kind", "activity_id"),)


class Consent(Base):
    """Consent of a person for one purpose: when and how given, and when withdrawn."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    given_on: Mapped[dt.date] = mapped_column(Date)
    how_given: Mapped[str] = mapped_column(String(200))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEvent(Base):
    """Who did what to which record, when; ids, counts and field names, never values (JSON)."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # SHA-256 of this event and the previous event's hash (domain/audit_chain.py); set at commit.
    chain_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_event_entity", "entity_type", "entity_id"),)


# The people tables reference association and are referenced by consent: register them too.
from diaspora_desk.db import (  # noqa: E402, F401
    account_models,
    campaign_models,
    partner_models,
    people_models,
    visit_models,
)
