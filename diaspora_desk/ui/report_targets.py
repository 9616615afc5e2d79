"""Which report Ctrl+P makes: the report of the item in view in each area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.reports.catalogue import ReportKind
from diaspora_desk.ui.report_preview import ReportRequest

if TYPE_CHECKING:
    from diaspora_desk.ui.main_window import MainWindow


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
