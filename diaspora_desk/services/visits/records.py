"""A mobile visit read from the database as a frozen record (like person_records for people),
and what every visit export shares: the place line and the audited write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, Consulate
from diaspora_desk.db.visit_models import (
    MobileVisit,
    VisitEquipment,
    VisitFollowUp,
    VisitOffer,
    VisitTeamMember,
)
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, msg
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.visits import (
    ACTIVE_APPOINTMENT,
    ConsularService,
    EquipmentItem,
    FollowUp,
    OfferedService,
    TeamMember,
    VisitRecord,
    VisitStatus,
)
from diaspora_desk.services.common.audit import record_event, write_audited
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for

T = TypeVar("T")

# Appointment statuses that hold a place, as stored.
ACTIVE = tuple(s.value for s in ACTIVE_APPOINTMENT)


def load_visit(session: Session, visit_id: int) -> MobileVisit:
    row = session.get(MobileVisit, visit_id)
    if row is None:
        raise NotFoundError(msg("There is no mobile visit with id {visit_id}.", visit_id=visit_id))
    return row


def visit_record(session: Session, row: MobileVisit) -> VisitRecord:
    """The visit with everything it holds, as a frozen record."""
    consulate = session.get(Consulate, row.consulate_id)
    host = session.get(Association, row.host_association_id) if row.host_association_id else None
    services = session.scalars(
        select(VisitOffer).where(VisitOffer.visit_id == row.id).order_by(VisitOffer.position)
    )
    team = session.scalars(
        select(VisitTeamMember).where(VisitTeamMember.visit_id == row.id).order_by(VisitTeamMember.position)
    )
    equipment = session.scalars(
        select(VisitEquipment).where(VisitEquipment.visit_id == row.id).order_by(VisitEquipment.position)
    )
    follow_ups = session.scalars(
        select(VisitFollowUp).where(VisitFollowUp.visit_id == row.id).order_by(VisitFollowUp.id)
    )
    return VisitRecord(
        id=row.id,
        consulate_id=row.consulate_id,
        consulate_name=consulate.name if consulate else "",
        title=row.title,
        country=row.country,
        city=row.city,
        latitude=row.latitude,
        longitude=row.longitude,
        venue=row.venue,
        venue_address=row.venue_address,
        host_association_id=row.host_association_id,
        host_association_name=host.name if host else "",
        host_partner=row.host_partner,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        opens_at=row.opens_at,
        closes_at=row.closes_at,
        slot_minutes=row.slot_minutes,
        status=VisitStatus(row.status),
        services=tuple(
            OfferedService(ConsularService(s.service), s.capacity_per_hour, s.walk_ins_served)
            for s in services
        ),
        team=tuple(TeamMember(m.name, m.role) for m in team),
        equipment=tuple(EquipmentItem(e.item, e.packed) for e in equipment),
        follow_ups=tuple(FollowUp(f.description, f.owner, f.due_on, f.done_on, f.id) for f in follow_ups),
        practice_ids=links_for(session, ActivityKind.MOBILE_VISIT, [row.id]).get(row.id, ()),
        issues_raised=row.issues_raised,
        notes=row.notes,
    )


def place_line(visit: VisitRecord, *, country: bool = False) -> str:
    """Venue, address and town (unless already named) on one line; the country if asked."""
    parts = [p for p in (visit.venue, " ".join(visit.venue_address.split())) if p]
    if visit.city.casefold() not in " ".join(parts).casefold():
        parts.append(visit.city)
    if country:
        parts.append(country_name(visit.country))
    return ", ".join(parts)


def write_visit_export(
    database: Database,
    clock: Clock,
    officer: str,
    visit_id: int,
    after: dict[str, object],
    path: Path,
    write: Callable[[], T],
) -> T:
    """Write an export that names people with its audit event in one transaction (never a file
    not audited)."""

    def audit(session: Session) -> None:
        record_event(session, officer=officer, action=AuditAction.EXPORT, at=clock.now(),
                     entity_type="mobile_visit", entity_id=visit_id, after=after)  # fmt: skip

    return write_audited(database, [path], audit, write)
