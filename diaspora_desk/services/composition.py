"""Builds every service over one open database; the app, the CLI and tests use it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db.engine import Database
from diaspora_desk.db.migrate import open_database
from diaspora_desk.services.associations.interactions import InteractionService
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.associations.reports import ReportService
from diaspora_desk.services.associations.transfer import AssociationTransfer
from diaspora_desk.services.common.audit import AuditService
from diaspora_desk.services.common.clock import Clock, SystemClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.people.consent import ConsentService
from diaspora_desk.services.people.export import PeopleExporter
from diaspora_desk.services.people.importer import PeopleImporter
from diaspora_desk.services.people.matching import MatchingService
from diaspora_desk.services.people.merge import DuplicateService
from diaspora_desk.services.people.needs import NeedService
from diaspora_desk.services.people.occupations import OccupationService, sync_reference
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.people.reports import PeopleReports
from diaspora_desk.services.people.statistics import SkillsStatistics
from diaspora_desk.services.practices.catalogue import PracticeService, sync_catalogue
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.consulates import ConsulateService
from diaspora_desk.services.visits.planner import VisitPlanner
from diaspora_desk.services.visits.registry import VisitService
from diaspora_desk.services.visits.reports import VisitReports


@dataclass(frozen=True, slots=True)
class Services:
    database: Database
    clock: Clock
    gazetteer: Gazetteer
    settings: SettingsService
    associations: AssociationService
    interactions: InteractionService
    transfer: AssociationTransfer
    practices: PracticeService
    audit: AuditService
    reports: ReportService
    occupations: OccupationService
    people: PeopleService
    consent: ConsentService
    needs: NeedService
    matching: MatchingService
    people_import: PeopleImporter
    people_export: PeopleExporter
    skills_stats: SkillsStatistics
    people_reports: PeopleReports
    duplicates: DuplicateService
    consulates: ConsulateService
    visits: VisitService
    bookings: BookingService
    planner: VisitPlanner
    visit_reports: VisitReports

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.dispose()


def build_services(
    database: Database, *, clock: Clock | None = None, gazetteer: Gazetteer | None = None
) -> Services:
    clock = clock or SystemClock()
    gazetteer = gazetteer or Gazetteer()
    settings = SettingsService(database, gazetteer)
    officer = settings.officer
    associations = AssociationService(database, gazetteer, clock, officer)
    interactions = InteractionService(database, clock, officer)
    occupations = OccupationService(database)
    needs = NeedService(database, occupations, clock, officer)
    audit = AuditService(database)
    consent = ConsentService(database, clock, officer)
    matching = MatchingService(database, needs)
    stats = SkillsStatistics(database)
    visits = VisitService(database, gazetteer, clock, officer)

    def host_country() -> str:
        consulate = settings.current().consulate
        return consulate.country if consulate else ""

    people = PeopleService(
        database,
        gazetteer,
        occupations,
        clock,
        officer,
        lambda: settings.current().origin_country,
        host_country,
    )
    bookings = BookingService(database, people, clock, officer)

    return Services(
        database=database,
        clock=clock,
        gazetteer=gazetteer,
        settings=settings,
        associations=associations,
        interactions=interactions,
        transfer=AssociationTransfer(database, associations, officer),
        practices=PracticeService(database),
        audit=audit,
        reports=ReportService(database, clock, settings, associations, interactions),
        occupations=occupations,
        people=people,
        consent=consent,
        needs=needs,
        matching=matching,
        people_import=PeopleImporter(database, people, occupations, clock, officer),
        people_export=PeopleExporter(database, officer),
        skills_stats=stats,
        duplicates=DuplicateService(database, clock, officer),
        people_reports=PeopleReports(clock, settings, people, consent, needs, matching, stats, audit),
        consulates=ConsulateService(database, gazetteer, clock, officer),
        visits=visits,
        bookings=bookings,
        planner=VisitPlanner(database, clock),
        visit_reports=VisitReports(database, clock, officer, visits, bookings),
    )


def open_services(
    path: Path,
    *,
    clock: Clock | None = None,
    gazetteer: Gazetteer | None = None,
    allow_network: bool = False,
) -> Services:
    """Open (create, upgrade) the database, load the practices catalogue, build services."""
    database = open_database(path, allow_network=allow_network)
    try:
        sync_catalogue(database)
        sync_reference(database)
    except BaseException:
        database.dispose()
        raise
    return build_services(database, clock=clock, gazetteer=gazetteer)
