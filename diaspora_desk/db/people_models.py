"""ORM models for nationals abroad, their skills, home-country needs and placements (0002)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from diaspora_desk.db.base import Base, utcnow


class IscoGroup(Base):
    """ISCO-08 structure: major (1 digit) to unit group (4 digits)."""

    __tablename__ = "isco_group"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))


class EscoOccupation(Base):
    """An ESCO occupation with its ISCO-08 unit group; labels are searched with FTS5."""

    __tablename__ = "esco_occupation"
    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(String(200), unique=True)
    isco_code: Mapped[str] = mapped_column(ForeignKey("isco_group.code"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    alt_labels: Mapped[str] = mapped_column(Text, default="")


def country_term(country: str) -> str:
    """The full-text index's word for a country code ("US" -> "0us"), as ``person.country_term``
    computes it: no name word starts with a digit, so no name prefix reads it (migration 0014)."""
    return "0" + country.lower()


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    original_script_name: Mapped[str] = mapped_column(String(200), default="")
    # Folded "given family" for search, and its words sorted for word-order-free duplicates.
    name_key: Mapped[str] = mapped_column(String(400))
    name_tokens: Mapped[str] = mapped_column(String(400))
    sex: Mapped[str | None] = mapped_column(String(8))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    nationality: Mapped[str] = mapped_column(String(2))
    dual_citizenship: Mapped[str] = mapped_column(String(2), default="")
    country: Mapped[str] = mapped_column(String(2))
    # The country as the full-text index holds it (country_term): no name word starts with a digit (0014).
    country_term: Mapped[str] = mapped_column(String(3), Computed("'0' || lower(country)", persisted=False))
    city: Mapped[str] = mapped_column(String(200), default="")
    city_key: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # Postal address (0007): the street lines in `address`, then postal code, locality, region
    # and country; letters fall back to the host city and country when these are blank.
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    locality: Mapped[str] = mapped_column(String(200), default="", server_default="")
    region: Mapped[str] = mapped_column(String(200), default="", server_default="")
    address_country: Mapped[str] = mapped_column(String(2), default="", server_default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    email_key: Mapped[str] = mapped_column(String(254), default="", index=True)
    preferred_language: Mapped[str] = mapped_column(String(3), default="")
    preferred_channel: Mapped[str | None] = mapped_column(String(16))
    generation: Mapped[int | None] = mapped_column(Integer)
    arrival_year: Mapped[int | None] = mapped_column(Integer)
    return_intention: Mapped[str] = mapped_column(String(16), default="none")
    # Sensitive: shown only on request, never listed, searched or exported by default.
    legal_status: Mapped[str] = mapped_column(String(200), default="")
    # Recorded when known (at a visit, from a booking): mobile-visit planning counts renewals due.
    passport_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    sector: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Current consent per purpose, kept in step with the consent history by the service.
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_skills: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_campaigns: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sharing: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Kept by triggers on person_phone (migration 0011), never written by the application."""
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_person_place", "country", "city_key"),
        # Where the active people live, read from the index alone by the mobile-visit planner
        # (with what it counts per town: passports due, skills consent, return intention).
        Index(
            "ix_person_geo",
            "country",
            "city_key",
            "latitude",
            "longitude",
            "passport_expires_on",
            "consent_skills",
            "return_intention",
            sqlite_where=text("archived_at IS NULL AND merged_into_id IS NULL"),
        ),
        Index("ix_person_dedup", "name_tokens", "birth_year", "country"),
        Index("ix_person_sort_name", "family_name", "given_name"),
        Index("ix_person_country_birth", "country", "birth_year"),
        # Archived or merged people only (few); and the active people in name order, so a list
        # of a million scrolls to any page from the index alone.
        Index("ix_person_archived", "archived_at", sqlite_where=text("archived_at IS NOT NULL")),
        Index(
            "ix_person_active_name",
            "family_name",
            "given_name",
            sqlite_where=text("archived_at IS NULL AND merged_into_id IS NULL"),
        ),
        # Matching reads whether each active person of a need's groups consented to sharing
        # from this small index instead of from their (wide) rows.
        Index(
            "ix_person_active_sharing",
            "id",
            "consent_sharing",
            sqlite_where=text("archived_at IS NULL AND merged_into_id IS NULL"),
        ),
        # The skills inventory (active people who consented to it), small, for its counts.
        Index(
            "ix_person_skills_inventory",
            "id",
            sqlite_where=text("consent_skills = 1 AND archived_at IS NULL AND merged_into_id IS NULL"),
        ),
    )


class PersonPhone(Base):
    __tablename__ = "person_phone"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    e164: Mapped[str] = mapped_column(String(20), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Membership(Base):
    """A person's membership of an association, with a role."""

    __tablename__ = "membership"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(100), default="member")
    since: Mapped[dt.date | None] = mapped_column(Date)


class Availability(Base):
    __tablename__ = "availability"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class Qualification(Base):
    __tablename__ = "qualification"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    isced_level: Mapped[int] = mapped_column(Integer, index=True)
    field_of_study: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    recognised_at_home: Mapped[bool] = mapped_column(Boolean, default=False)

    # A person's qualifications, and their levels from the index alone (the briefing's profile).
    __table_args__ = (Index("ix_qualification_person", "person_id", "isced_level"),)


class PersonOccupation(Base):
    __tablename__ = "person_occupation"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    isco_code: Mapped[str] = mapped_column(ForeignKey("isco_group.code"))
    title: Mapped[str] = mapped_column(String(300), default="")
    years_experience: Mapped[int | None] = mapped_column(Integer)

    # Covering for matching (a need's groups, their people and experience), and for the
    # briefing's profile (a person's occupations with their codes), each from the index alone.
    __table_args__ = (
        Index("ix_person_occupation_isco", "isco_code", "person_id", "years_experience"),
        Index("ix_person_occupation_person", "person_id", "isco_code"),
    )


class PersonLanguage(Base):
    __tablename__ = "person_language"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_person_language_level", "language", "level"),)


class Licence(Base):
    __tablename__ = "licence"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    issuer: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    valid_until: Mapped[dt.date | None] = mapped_column(Date)


class SkillTag(Base):
    __tablename__ = "skill_tag"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class Need(Base):
    """A home institution's request for skills (MIDA/TOKTEN-style)."""

    __tablename__ = "need"
    id: Mapped[int] = mapped_column(primary_key=True)
    institution: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(100), default="")
    min_isced: Mapped[int | None] = mapped_column(Integer)
    min_years_experience: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))
    duration_days: Mapped[int | None] = mapped_column(Integer)
    earliest: Mapped[dt.date | None] = mapped_column(Date)
    latest: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class NeedOccupation(Base):
    __tablename__ = "need_occupation"
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), primary_key=True)
    isco_code: Mapped[str] = mapped_column(ForeignKey("isco_group.code"), primary_key=True)


class NeedLanguage(Base):
    __tablename__ = "need_language"
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    min_level: Mapped[int] = mapped_column(Integer)


class Placement(Base):
    """From shortlist to assignment: a person proposed for a need, and what came of it."""

    __tablename__ = "placement"
    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    people_trained: Mapped[int | None] = mapped_column(Integer)
    services_delivered: Mapped[int | None] = mapped_column(Integer)
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DuplicateReview(Base):
    """An imported row held back as a probable duplicate, waiting for an officer's decision."""

    __tablename__ = "duplicate_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(300))
    row_number: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    reason: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
