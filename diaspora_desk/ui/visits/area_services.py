"""The use cases the Mobile Visits screens call: only these, not the application's whole `Services`."""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.reports.catalogue import ReportPrinter
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.practices.catalogue import PracticeService
from diaspora_desk.services.visits.facade import Visits


@dataclass(frozen=True, slots=True)
class VisitsAreaServices:
    """What the area, its pages and its dialogs need; each dialog takes the part it uses."""

    visits: Visits
    people: PeopleService  # find the person to book, or register a new one
    hosts: AssociationService  # the host association of a visit
    practices: PracticeService  # the practices a visit puts into effect
    gazetteer: Gazetteer  # town names offered while typing
    settings: SettingsService  # the home consulate: the country of a new consulate
    print_report: ReportPrinter  # briefings, visit reports, slips and day schedules
