"""Data for the people reports: skills summary, need shortlist, person record (one transaction each)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Need, Placement
from diaspora_desk.db.visit_models import Appointment, MobileVisit
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.consular_services import ConsularService
from diaspora_desk.domain.people_records import PersonRecord, Shortlist
from diaspora_desk.domain.records import AuditRecord, ConsulateRecord
from diaspora_desk.domain.visits import AppointmentStatus
from diaspora_desk.services.accounts.session import require_in
from diaspora_desk.services.common.audit import person_history
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_settings
from diaspora_desk.services.people.consent import read_legal_status
from diaspora_desk.services.people.matching import audit_shortlist, shortlist_for
from diaspora_desk.services.people.needs import (
    NeedRecord,
    PlacementRecord,
    load_need,
    need_record,
    person_placements,
)
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.people.outreach_history import PersonOutreach, person_outreach
from diaspora_desk.services.people.records import person_record
from diaspora_desk.services.people.registry import load_person
from diaspora_desk.services.people.statistics import SkillsSummary, skills_summary


@dataclass(frozen=True, slots=True)
class ReportHeader:
    consulate: ConsulateRecord | None
    generated_on: dt.date


@dataclass(frozen=True, slots=True)
class SkillsReportData:
    header: ReportHeader
    summary: SkillsSummary


@dataclass(frozen=True, slots=True)
class ShortlistReportData:
    header: ReportHeader
    need: NeedRecord
    shortlist: Shortlist
    isco_labels: dict[str, str]


@dataclass(frozen=True, slots=True)
class PersonAppointment:
    """An appointment at a mobile consulate, as the person's record lists it."""

    day: dt.date
    starts_at: dt.time
    service: ConsularService
    status: AppointmentStatus
    walk_in: bool
    visit_title: str
    place: str


@dataclass(frozen=True, slots=True)
class PersonReportData:
    header: ReportHeader
    person: PersonRecord
    legal_status: str
    placements: tuple[PlacementRecord, ...]
    history: tuple[AuditRecord, ...]
    isco_labels: dict[str, str]
    appointments: tuple[PersonAppointment, ...] = ()
    need_titles: dict[int, str] = field(default_factory=dict)
    outreach: PersonOutreach = field(default_factory=PersonOutreach)


class PeopleReports:
    """The people reports' data, each read in one transaction (a consistent snapshot)."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        occupations: OccupationService,
        officer: Callable[[], str] | None = None,
    ) -> None:
        self._db = database
        self._clock = clock
        self._occupations = occupations
        self._officer = officer

    def _require(self, session: Session, *grants: Grant) -> str:
        """Check the grants of a report that names people, in its own transaction (one snapshot);
        the officer's name for its audit."""
        return require_in(self._officer, session, *grants) if self._officer is not None else ""

    def _header(self, session: Session) -> ReportHeader:
        return ReportHeader(read_settings(session).consulate, self._clock.today())

    def skills(self) -> SkillsReportData:
        with self._db.unit_of_work() as uow:
            summary = skills_summary(uow.session, self._clock.today())
            return SkillsReportData(self._header(uow.session), summary)

    def shortlist(self, need_id: int, top: int = 20) -> ShortlistReportData:
        """The shortlist PDF's data; it names people, so the read is audited in its transaction."""
        with self._db.unit_of_work(write=True) as uow:
            officer = self._require(uow.session, Grant.PERSONAL_REPORTS)
            need = need_record(uow.session, load_need(uow.session, need_id))
            data = ShortlistReportData(
                self._header(uow.session),
                need,
                shortlist_for(uow.session, need, top),
                dict(self._occupations.isco_labels_in(uow.session)),
            )
            audit_shortlist(uow.session, need_id, "pdf", len(data.shortlist.candidates), officer)
            uow.commit()
        return data

    def outreach(self, person_id: int) -> PersonOutreach:
        """The campaign messages, poll replies and events of one person (their own record)."""
        with self._db.unit_of_work() as uow:
            load_person(uow.session, person_id)
            return person_outreach(uow.session, person_id)

    def person(self, person_id: int) -> PersonReportData:
        """Everything held on a person, for a data-subject access request (the read is audited).

        One write transaction: the look at the legal status is audited in the same transaction
        that reads the record, so the record shows its own reading in the history.
        """
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            officer = self._require(session, Grant.PERSONAL_REPORTS, Grant.LEGAL_STATUS)
            person = person_record(session, load_person(session, person_id))
            settings = read_settings(session)
            legal = read_legal_status(
                session,
                person_id,
                officer=officer or settings.officer_name,
                at=self._clock.now(),
                reason="person record report",
            )
            session.flush()
            data = PersonReportData(
                ReportHeader(settings.consulate, self._clock.today()),
                person,
                legal,
                tuple(person_placements(session, person_id)),
                tuple(person_history(session, person_id)),
                dict(self._occupations.isco_labels_in(session)),
                _appointments(session, person_id),
                _need_titles(session, person_id),
                person_outreach(session, person_id),
            )
            uow.commit()
        return data


def _appointments(session: Session, person_id: int) -> tuple[PersonAppointment, ...]:
    """Every appointment and named walk-in of the person at a mobile consulate, oldest first."""
    rows = session.execute(
        select(
            Appointment.day,
            Appointment.starts_at,
            Appointment.service,
            Appointment.status,
            Appointment.walk_in,
            MobileVisit.title,
            MobileVisit.venue,
            MobileVisit.city,
        )
        .join(MobileVisit, MobileVisit.id == Appointment.visit_id)
        .where(Appointment.person_id == person_id)
        .order_by(Appointment.day, Appointment.starts_at, Appointment.id)
    ).all()
    return tuple(
        PersonAppointment(
            day=day,
            starts_at=starts_at,
            service=ConsularService(service),
            status=AppointmentStatus(status),
            walk_in=walk_in,
            visit_title=title,
            place=", ".join(p for p in (venue, city) if p),
        )
        for day, starts_at, service, status, walk_in, title, venue, city in rows
    )


def _need_titles(session: Session, person_id: int) -> dict[int, str]:
    """The title and institution of each need the person was placed on."""
    rows = session.execute(
        select(Need.id, Need.title, Need.institution)
        .join(Placement, Placement.need_id == Need.id)
        .where(Placement.person_id == person_id)
    ).all()
    return {need_id: f"{title} ({institution})" for need_id, title, institution in rows}
