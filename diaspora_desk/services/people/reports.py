"""Data for the people reports: skills summary, need shortlist, person record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.people_records import PersonRecord, Shortlist
from diaspora_desk.domain.records import AuditRecord, ConsulateRecord
from diaspora_desk.services.common.audit import AuditService
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.people.consent import ConsentService
from diaspora_desk.services.people.matching import MatchingService
from diaspora_desk.services.people.needs import NeedRecord, NeedService, PlacementRecord
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.people.statistics import SkillsStatistics, SkillsSummary


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
    def __init__(
        self,
        clock: Clock,
        settings: SettingsService,
        people: PeopleService,
        consent: ConsentService,
        needs: NeedService,
        matching: MatchingService,
        stats: SkillsStatistics,
        audit: AuditService,
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._people = people
        self._consent = consent
        self._needs = needs
        self._matching = matching
        self._stats = stats
        self._audit = audit

    def _header(self) -> ReportHeader:
        return ReportHeader(self._settings.current().consulate, self._clock.today())

    def skills(self) -> SkillsReportData:
        return SkillsReportData(self._header(), self._stats.summary(self._clock.today()))

    def shortlist(self, need_id: int, top: int = 20) -> ShortlistReportData:
        need = self._needs.get(need_id)
        return ShortlistReportData(
            self._header(), need, self._matching.match(need_id, top), self._people.isco_labels()
        )

    def person(self, person_id: int) -> PersonReportData:
        """Everything held on a person, for a data-subject access request (the read is audited)."""
        person = self._people.get(person_id)
        legal = self._consent.legal_status(person_id, reason="person record report")
        placements = tuple(
            p
            for need in self._needs.all()
            for p in self._needs.placements(need.id)
            if p.person_id == person_id
        )
        return PersonReportData(
            self._header(),
            person,
            legal,
            placements,
            tuple(self._audit.person_history(person_id)),
            self._people.isco_labels(),
        )
