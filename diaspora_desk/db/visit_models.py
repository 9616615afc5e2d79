"""ORM models of mobile consulates (revision 0004): visits, services, team, appointments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, Time, text
from sqlalchemy.orm import Mapped, mapped_column

from diaspora_desk.db.base import Base, utcnow


class MobileVisit(Base):
    """A mobile consulate: a team from a consulate serving nationals in a far town for a few days."""

    __tablename__ = "mobile_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    consulate_id: Mapped[int] = mapped_column(ForeignKey("consulate.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    venue: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    host_association_id: Mapped[int | None] = mapped_column(ForeignKey("association.id"))
    host_partner: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    opens_at: Mapped[dt.time] = mapped_column(Time)
    closes_at: Mapped[dt.time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=20)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    issues_raised: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class VisitOffer(Base):
    """A service offered at a visit, its capacity per hour, and anonymous walk-ins served."""

    __tablename__ = "visit_service"
    visit_id: Mapped[int] = mapped_column(ForeignKey("mobile_visit.id", ondelete="CASCADE"), primary_key=True)
    service: Mapped[str] = mapped_column(String(32), primary_key=True)
    capacity_per_hour: Mapped[int] = mapped_column(Integer)
    walk_ins_served: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitTeamMember(Base):
    __tablename__ = "visit_team_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("mobile_visit.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitEquipment(Base):
    __tablename__ = "visit_equipment"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("mobile_visit.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    packed: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitFollowUp(Base):
    __tablename__ = "visit_follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("mobile_visit.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class Appointment(Base):
    """A person's place at a service desk of a visit: booked ahead or a named walk-in."""

    __tablename__ = "appointment"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("mobile_visit.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))
    day: Mapped[dt.date] = mapped_column(Date)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    new_registration: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="booked")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_appointment_slot", "visit_id", "day", "starts_at", "service"),
        # No double booking: one active appointment per person and service at a visit.
        Index(
            "ux_appointment_person_service",
            "visit_id",
            "person_id",
            "service",
            unique=True,
            sqlite_where=text("status IN ('booked', 'served')"),
        ),
    )
