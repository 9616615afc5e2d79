"""Which report Ctrl+P makes: the report of the item in view in each area; and the Reports hub's
default records: what is selected in each area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.ui.report_preview import ReportRequest
from diaspora_desk.ui.report_records import RecordKind, record_finders
from diaspora_desk.ui.reports_page import ReportsPage

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services
    from diaspora_desk.ui.main_window import MainWindow


def selected_record(window: MainWindow, kind: RecordKind) -> int | None:
    """The id of the record of ``kind`` selected in its area (None if none is)."""
    record: object = None
    if kind is RecordKind.ASSOCIATION:
        record = window.associations.current
    elif kind is RecordKind.PERSON:
        record = window.people.people.current
    elif kind is RecordKind.NEED:
        record = window.people.needs.current_need()
    elif kind is RecordKind.VISIT:
        record = window.visits.visits.current
    elif kind is RecordKind.APPOINTMENT:
        dialog = window.visits.visits.appointments
        record = dialog.current if dialog is not None else None
    elif kind is RecordKind.CAMPAIGN:
        record = window.campaigns.current()
    record_id = getattr(record, "id", None)
    return record_id if isinstance(record_id, int) else None


def reports_page_for(window: MainWindow, services: Services, print_report: ReportPrinter) -> ReportsPage:
    """The Reports hub, its records found by name and defaulting to what ``window`` has selected."""
    finders = record_finders(services.associations, services.people, services.visits, services.campaigns)
    return ReportsPage(
        print_report,
        services.settings.consulates,
        services.clock.today,
        finders,
        lambda kind: selected_record(window, kind),
    )


def current_report(window: MainWindow) -> ReportRequest | None:
    """The association profile, person record, shortlist, skills summary, or visit briefing (the
    visit report once the visit is done) of what is selected in the area in view; None if nothing is."""
    area = window.stack.currentIndex()
    if area == window.PEOPLE:
        people = window.people
        tab = people.tabs.currentWidget()
        if tab is people.dashboard:
            return ReportRequest(ReportKind.SKILLS, name="skills-summary")
        if tab is people.needs:
            need = people.needs.current_need()
            return ReportRequest(ReportKind.SHORTLIST, need.id, name=f"shortlist-{need.id}") if need else None
        person = people.people.current
        return ReportRequest(ReportKind.PERSON, person.id, name=f"person-{person.id}") if person else None
    if area == window.VISITS:
        visit = window.visits.visits.current
        if visit is None:
            return None
        if visit.status is VisitStatus.DONE:
            return ReportRequest(ReportKind.VISIT, visit.id, name=f"visit-{visit.id}-report")
        return ReportRequest(ReportKind.VISIT_BRIEFING, visit.id, name=f"visit-{visit.id}-briefing")
    if area == window.CAMPAIGNS:
        campaign = window.campaigns.current()
        return (
            ReportRequest(ReportKind.CAMPAIGN, campaign.id, name=f"campaign-{campaign.id}")
            if campaign
            else None
        )
    association = window.associations.current
    if association is None:
        return None
    return ReportRequest(ReportKind.ASSOCIATION, association.id, name=f"association-{association.id}")
