"""Data for the people reports: skills summary, need shortlist, person record (one transaction each)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.domain.people_records import PersonRecord, Shortlist
from diaspora_desk.domain.records import AuditRecord, ConsulateRecord
from diaspora_desk.services.common.audit import person_history
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import read_settings
from diaspora_desk.services.people.consent import read_legal_status
from diaspora_desk.services.people.matching import shortlist_for
from diaspora_desk.services.people.needs import (
    NeedRecord,
    PlacementRecord,
    load_need,
    need_record,
    person_placements,
)
from diaspora_desk.services.people.occupations import OccupationService
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
class PersonReportData:
    header: ReportHeader
    person: PersonRecord
    legal_status: str
    placements: tuple[PlacementRecord, ...]
    history: tuple[AuditRecord, ...]
    isco_labels: dict[str, str]


class PeopleReports:
    """The people reports' data, each read in one transaction (a consistent snapshot)."""

    def __init__(self, database: Database, clock: Clock, occupations: OccupationService) -> None:
        self._db = database
        self._clock = clock
        self._occupations = occupations

    def _header(self, session: Session) -> ReportHeader:
        return ReportHeader(read_settings(session).consulate, self._clock.today())

    def skills(self) -> SkillsReportData:
        with self._db.unit_of_work() as uow:
            summary = skills_summary(uow.session, self._clock.today())
            return SkillsReportData(self._header(uow.session), summary)

    def shortlist(self, need_id: int, top: int = 20) -> ShortlistReportData:
        with self._db.unit_of_work() as uow:
            need = need_record(uow.session, load_need(uow.session, need_id))
            return ShortlistReportData(
                self._header(uow.session),
                need,
                shortlist_for(uow.session, need, top),
                dict(self._occupations.isco_labels_in(uow.session)),
            )

    def person(self, person_id: int) -> PersonReportData:
        """Everything held on a person, for a data-subject access request (the read is audited).

        One write transaction: the look at the legal status is audited in the same transaction
        that reads the record, so the record shows its own reading in the history.
        """
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            person = person_record(session, load_person(session, person_id))
            settings = read_settings(session)
            legal = read_legal_status(
                session,
                person_id,
                officer=settings.officer_name,
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
            )
            uow.commit()
        return data
