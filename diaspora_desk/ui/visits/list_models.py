"""Table models of the area's long lists, paged from SQL and sorted there: visits, a visit's
appointments and follow-ups, the people a proposed site covers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from diaspora_desk.domain.planning import CoveredPerson, SiteProposal
from diaspora_desk.domain.visit_lists import (
    AppointmentQuery,
    AppointmentRow,
    AppointmentSort,
    FollowUpQuery,
    VisitQuery,
    VisitSort,
)
from diaspora_desk.domain.visits import AppointmentStatus, FollowUp, VisitStatus, VisitSummary
from diaspora_desk.services.visits.lists import VisitLists
from diaspora_desk.services.visits.planner import VisitPlanner
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.record_model import RIGHT
from diaspora_desk.ui.visits.models import (
    appointment_status_label,
    service_title,
    visit_status_label,
)

GREY = "#888888"


def tr(text: str) -> str:
    return QCoreApplication.translate("VisitModels", text)


def _dates(item: VisitSummary) -> str:
    if item.starts_on == item.ends_on:
        return item.starts_on.isoformat()
    return f"{item.starts_on.isoformat()} – {item.ends_on.isoformat()}"


class VisitsTableModel(PagedTableModel[VisitQuery, VisitSummary]):
    TITLE, TOWN, DATES, STATUS, BOOKED, SERVED, CONSULATE = range(7)

    def __init__(self, lists: VisitLists) -> None:
        super().__init__(
            lists.count_visits,
            lists.visits,
            VisitQuery(),
            (tr("Visit"), tr("Town"), tr("Dates"), tr("Status"), tr("Booked"), tr("Served"), tr("Sent by")),
            tuple(VisitSort),
        )

    def display(self, item: VisitSummary, column: int) -> str:
        values = (
            item.title,
            f"{item.city}, {item.country}",
            _dates(item),
            visit_status_label(item.status),
            str(item.booked),
            str(item.served),
            item.consulate_name,
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: VisitSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BOOKED, self.SERVED):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and item.status is VisitStatus.CANCELLED:
            return QColor(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, column)
        return None


def _person(row: AppointmentRow) -> str:
    name = row.appointment.person_name
    if row.merged_into:
        return tr("{name} (merged into {kept})").format(name=name, kept=row.merged_into)
    if row.person_archived:
        return tr("{name} (archived)").format(name=name)
    return name


def _kind(row: AppointmentRow) -> str:
    kind = tr("walk-in") if row.appointment.walk_in else tr("booked")
    return kind + (tr(", newly registered") if row.appointment.new_registration else "")


class AppointmentsTableModel(PagedTableModel[AppointmentQuery, AppointmentRow]):
    DAY, TIME, SERVICE, PERSON, PHONE, STATUS, KIND = range(7)

    def __init__(self, lists: VisitLists, visit_id: int) -> None:
        sort = AppointmentSort
        super().__init__(
            lists.count_appointments,
            lists.appointments,
            AppointmentQuery(visit_id),
            (tr("Day"), tr("Time"), tr("Service"), tr("Person"), tr("Phone"), tr("Status"), tr("How")),
            (sort.TIME, sort.TIME, sort.SERVICE, sort.PERSON, None, sort.STATUS, None),
        )

    def display(self, item: AppointmentRow, column: int) -> str:
        a = item.appointment
        values = (
            a.day.isoformat(),
            f"{a.starts_at:%H:%M}",
            service_title(a.service),
            _person(item),
            a.phone,
            appointment_status_label(a.status),
            _kind(item),
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: AppointmentRow, column: int, role: int) -> Any:
        inactive = item.appointment.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
        if role == Qt.ItemDataRole.ForegroundRole and inactive:
            return QColor(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, column)
        return None


class FollowUpsTableModel(PagedTableModel[FollowUpQuery, FollowUp]):
    DESCRIPTION, OWNER, DUE, DONE = range(4)

    def __init__(self, lists: VisitLists, visit_id: int) -> None:
        super().__init__(
            lists.count_follow_ups,
            lists.follow_ups,
            FollowUpQuery(visit_id),
            (tr("Follow-up"), tr("Owner"), tr("Due"), tr("Done")),
            (),
        )

    def display(self, item: FollowUp, column: int) -> str:
        values = (
            item.description,
            item.owner,
            item.due_on.isoformat() if item.due_on else "",
            item.done_on.isoformat() if item.done_on else "",
        )
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: FollowUp, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.done_on is not None:
            return QColor(GREY)
        return None


def _no_proposal() -> SiteProposal | None:
    return None


class CoveredPeopleModel(PagedTableModel[SiteProposal | None, CoveredPerson]):
    """The people a proposal counts, by name. The total is the plan's own count, so showing a
    proposal runs no count over a large area on the GUI thread; pages are indexed reads."""

    NAME, TOWN, DISTANCE = range(3)

    def __init__(self, planner: VisitPlanner) -> None:
        super().__init__(
            lambda proposal: proposal.people if proposal else 0,
            lambda proposal, offset, limit: (
                planner.people_covered(proposal, offset, limit) if proposal else []
            ),
            _no_proposal(),
            (tr("Name"), tr("Town"), tr("Distance")),
            (),
        )

    def display(self, item: CoveredPerson, column: int) -> str:
        values = (item.name, item.city, f"{item.distance_km:,.0f} km")
        return values[column] if 0 <= column < len(values) else ""

    def extra(self, item: CoveredPerson, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DISTANCE:
            return RIGHT
        return None
