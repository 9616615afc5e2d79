"""Mobile consulates in the briefing: the visits of the period and the services they delivered."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaspora_desk.db.visit_models import Appointment, MobileVisit, VisitOffer
from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.visits import SERVICE_CATALOGUE, AppointmentStatus, ConsularService, VisitStatus
from diaspora_desk.services.briefing.records import CountTable, VisitLine
from diaspora_desk.services.common.privacy import shown

SERVED = AppointmentStatus.SERVED.value


def visit_lines(
    session: Session, period: Period, consulate: int | None
) -> tuple[tuple[VisitLine, ...], CountTable, int]:
    """Visits starting in the period (not cancelled), services delivered, and the people served."""
    statement = (
        select(MobileVisit)
        .where(
            MobileVisit.starts_on.between(period.first, period.last),
            MobileVisit.status != VisitStatus.CANCELLED.value,
        )
        .order_by(MobileVisit.starts_on, MobileVisit.id)
    )
    if consulate is not None:
        statement = statement.where(MobileVisit.consulate_id == consulate)
    visits = list(session.scalars(statement))
    ids = [v.id for v in visits]
    booked: Counter[int] = Counter()
    served: Counter[int] = Counter()
    delivered: Counter[str] = Counter()
    for visit_id, service, status, n in session.execute(
        select(Appointment.visit_id, Appointment.service, Appointment.status, func.count())
        .where(Appointment.visit_id.in_(ids))
        .group_by(Appointment.visit_id, Appointment.service, Appointment.status)
    ):
        if status != AppointmentStatus.CANCELLED.value:
            booked[visit_id] += n
        if status == SERVED:
            served[visit_id] += n
            delivered[service] += n
    walk_ins: Counter[int] = Counter()
    for visit_id, service, n in session.execute(
        select(VisitOffer.visit_id, VisitOffer.service, VisitOffer.walk_ins_served).where(
            VisitOffer.visit_id.in_(ids)
        )
    ):
        walk_ins[visit_id] += n
        delivered[service] += n
    people = dict(
        session.execute(
            select(Appointment.visit_id, func.count(func.distinct(Appointment.person_id)))
            .where(Appointment.visit_id.in_(ids), Appointment.status == SERVED)
            .group_by(Appointment.visit_id)
        ).all()
    )
    lines = tuple(
        VisitLine(
            title=v.title,
            city=v.city,
            starts_on=v.starts_on,
            status=v.status.capitalize(),
            booked=booked[v.id],
            delivered=served[v.id] + walk_ins[v.id],
            people_served=shown(int(people.get(v.id, 0)) + walk_ins[v.id]),
        )
        for v in visits
    )
    rows = tuple(
        (SERVICE_CATALOGUE[ConsularService(code)].title, f"{n:,}")
        for code, n in sorted(delivered.items(), key=lambda item: (-item[1], item[0]))
        if n
    )
    table = CountTable(
        "Services delivered at mobile consulates",
        "Services",
        rows,
        f"{sum(delivered.values()):,}",
        "Appointments served and walk-ins served; services are the team's acts, not people.",
        tuple((label, int(value.replace(",", ""))) for label, value in rows),
    )
    served_people = sum(int(n) for n in people.values()) + sum(walk_ins.values())
    return lines, table, served_people
