"""The one place that opens the database and builds the feature facades (GUI, CLI and tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db.engine import Database
from diaspora_desk.db.migrate import open_database
from diaspora_desk.domain.changes import ChangeFeed
from diaspora_desk.services.accounts.facade import Accounts
from diaspora_desk.services.accounts.passwords import Passwords
from diaspora_desk.services.accounts.registry import AccountService
from diaspora_desk.services.accounts.session import SignedIn
from diaspora_desk.services.associations.facade import Associations
from diaspora_desk.services.associations.interactions import InteractionService
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.associations.reports import AssociationReports
from diaspora_desk.services.associations.transfer import AssociationTransfer
from diaspora_desk.services.briefing.facade import Briefing
from diaspora_desk.services.briefing.service import BriefingService
from diaspora_desk.services.campaigns.facade import Campaigns
from diaspora_desk.services.common.audit import AuditService
from diaspora_desk.services.common.clock import Clock, SystemClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.partners.facade import Partners
from diaspora_desk.services.people.consent import ConsentService
from diaspora_desk.services.people.export import PeopleExporter
from diaspora_desk.services.people.facade import People
from diaspora_desk.services.people.importer import PeopleImporter
from diaspora_desk.services.people.matching import MatchingService
from diaspora_desk.services.people.merge import DuplicateService
from diaspora_desk.services.people.need_lists import NeedLists
from diaspora_desk.services.people.needs import NeedService
from diaspora_desk.services.people.occupations import OccupationService, sync_reference
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.people.reports import PeopleReports
from diaspora_desk.services.people.review_queue import ReviewQueue
from diaspora_desk.services.people.statistics import SkillsStatistics
from diaspora_desk.services.practices.catalogue import PracticeService, sync_catalogue
from diaspora_desk.services.trust.facade import Trust
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.calendars import VisitCalendars
from diaspora_desk.services.visits.consulates import ConsulateService
from diaspora_desk.services.visits.facade import Visits
from diaspora_desk.services.visits.lists import VisitLists
from diaspora_desk.services.visits.planner import VisitPlanner
from diaspora_desk.services.visits.registry import VisitService
from diaspora_desk.services.visits.reminders import VisitReminders
from diaspora_desk.services.visits.reports import VisitReports


@dataclass(frozen=True, slots=True)
class Services:
    """The application's facades over one open database; the GUI, the CLI and tests get theirs here.

    A screen receives only the facades it uses, never this object whole.
    """

    database: Database
    clock: Clock
    gazetteer: Gazetteer
    settings: SettingsService
    audit: AuditService
    practices: PracticeService
    associations: Associations
    people: People
    visits: Visits
    campaigns: Campaigns
    partners: Partners
    briefing: Briefing
    trust: Trust
    accounts: Accounts

    @property
    def changes(self) -> ChangeFeed:
        """Every committed write, told to subscribers (the main window passes it to the areas)."""
        return self.database.changes

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.dispose()


def build_services(
    database: Database, *, clock: Clock | None = None, gazetteer: Gazetteer | None = None
) -> Services:
    """Build every facade over `database` (already open and migrated)."""
    clock = clock or SystemClock()
    gazetteer = gazetteer or Gazetteer()
    passwords = Passwords()
    # Who is signed in: every service gets it as its officer (the audit's name, the grants).
    signed_in = SignedIn(database, clock, passwords)
    settings = SettingsService(database, gazetteer, signed_in.require)
    audit = AuditService(database)
    associations = _associations(database, clock, gazetteer, signed_in)
    people = _people(database, clock, gazetteer, settings, signed_in)
    return Services(
        database=database,
        clock=clock,
        gazetteer=gazetteer,
        settings=settings,
        audit=audit,
        practices=PracticeService(database),
        associations=associations,
        people=people,
        visits=_visits(database, clock, gazetteer, signed_in, people.registry),
        campaigns=_campaigns(database, clock, settings, signed_in, gazetteer),
        partners=_partners(database, clock, signed_in),
        briefing=Briefing(reports=BriefingService(database, clock)),
        trust=_trust(database, clock, signed_in),
        accounts=Accounts(registry=AccountService(database, clock, signed_in, passwords), session=signed_in),
    )


def _associations(database: Database, clock: Clock, gazetteer: Gazetteer, officer: SignedIn) -> Associations:
    registry = AssociationService(database, gazetteer, clock, officer)
    interactions = InteractionService(database, clock, officer)
    return Associations(
        registry=registry,
        interactions=interactions,
        transfer=AssociationTransfer(database, registry, officer),
        reports=AssociationReports(database, clock),
    )


def _people(
    database: Database, clock: Clock, gazetteer: Gazetteer, settings: SettingsService, officer: SignedIn
) -> People:

    def host_country() -> str:
        consulate = settings.current().consulate
        return consulate.country if consulate else ""

    occupations = OccupationService(database)
    needs = NeedService(database, occupations, clock, officer)
    consent = ConsentService(database, clock, officer)
    matching = MatchingService(database, officer)
    statistics = SkillsStatistics(database)
    registry = PeopleService(
        database,
        gazetteer,
        occupations,
        clock,
        officer,
        lambda: settings.current().origin_country,
        host_country,
    )
    return People(
        registry=registry,
        consent=consent,
        occupations=occupations,
        needs=needs,
        matching=matching,
        importer=PeopleImporter(database, registry, occupations, clock, officer),
        exporter=PeopleExporter(database, officer),
        duplicates=DuplicateService(database, clock, officer),
        statistics=statistics,
        reports=PeopleReports(database, clock, occupations, officer),
        review_queue=ReviewQueue(database),
        need_lists=NeedLists(database),
    )


def _visits(
    database: Database, clock: Clock, gazetteer: Gazetteer, officer: SignedIn, people: PeopleService
) -> Visits:
    registry = VisitService(database, gazetteer, clock, officer)
    bookings = BookingService(database, people, clock, officer)
    return Visits(
        consulates=ConsulateService(database, gazetteer, clock, officer),
        lists=VisitLists(database),
        registry=registry,
        bookings=bookings,
        planner=VisitPlanner(database, clock),
        reports=VisitReports(database, clock, officer),
        calendars=VisitCalendars(database, clock, officer, bookings, gazetteer),
        reminders=VisitReminders(database, clock, officer, bookings),
    )


def _campaigns(
    database: Database, clock: Clock, settings: SettingsService, officer: SignedIn, gazetteer: Gazetteer
) -> Campaigns:
    from diaspora_desk.services.campaigns.audience import AudienceService
    from diaspora_desk.services.campaigns.delivery import DeliveryService
    from diaspora_desk.services.campaigns.events import EventService
    from diaspora_desk.services.campaigns.messages import MessageService
    from diaspora_desk.services.campaigns.polls import PollService
    from diaspora_desk.services.campaigns.registry import CampaignService
    from diaspora_desk.services.campaigns.reports import CampaignReports
    from diaspora_desk.services.campaigns.tallies import PollTallies

    def consulate() -> str:
        current = settings.current().consulate
        return current.name if current else ""

    return Campaigns(
        registry=CampaignService(database, clock, officer),
        audience=AudienceService(database, clock, gazetteer),
        messages=MessageService(database, clock, officer, consulate),
        delivery=DeliveryService(database, clock, officer, consulate),
        polls=PollService(database, clock, officer),
        tallies=PollTallies(database),
        events=EventService(database, clock, officer),
        reports=CampaignReports(database, clock),
    )


def _partners(database: Database, clock: Clock, officer: SignedIn) -> Partners:
    from diaspora_desk.services.partners.agreements import AgreementService
    from diaspora_desk.services.partners.briefing import PartnersBriefingService
    from diaspora_desk.services.partners.projects import ProjectService
    from diaspora_desk.services.partners.registry import PartnerService
    from diaspora_desk.services.partners.transfer import PartnerTransfer

    registry = PartnerService(database, clock, officer)
    projects = ProjectService(database, clock, officer)
    return Partners(
        registry=registry,
        agreements=AgreementService(database, clock, officer),
        projects=projects,
        transfer=PartnerTransfer(database, registry, projects, clock, officer),
        briefing=PartnersBriefingService(database),
    )


def _trust(database: Database, clock: Clock, officer: SignedIn) -> Trust:
    from diaspora_desk.services.common.audit_trail import AuditTrail
    from diaspora_desk.services.common.backups import BackupService
    from diaspora_desk.services.trust.erasure import ErasureService

    return Trust(
        trail=AuditTrail(database, clock, officer),
        backups=BackupService(database, clock, officer),
        erasure=ErasureService(database, clock, officer),
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
