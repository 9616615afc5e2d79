"""Small in-memory table models of the Mobile Visits area, and the labels of its codes.

Each of these lists is short and already in memory: a plan's proposals (at most 50 sites) and
the towns of one proposal (computed with the plan), one desk's slots on one day (computed from
the opening hours), a visit's results (one row per service offered), the consulates (tens).
The long lists (visits, appointments, follow-ups, people covered) page from SQL:
``list_models.py``. ``ROW_ROLE`` returns the row's dataclass.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from diaspora_desk.domain.planning import CoveredTown, SiteProposal
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.domain.visits import (
    SERVICE_CATALOGUE,
    AppointmentStatus,
    ConsularService,
    ServiceResult,
    Slot,
    VisitStatus,
)
from diaspora_desk.i18n.formats import country_name, format_number
from diaspora_desk.ui.record_model import Index, RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("VisitModels", text)


def service_title(service: ConsularService) -> str:
    return QCoreApplication.translate("services", SERVICE_CATALOGUE[service].title)


VISIT_STATUS_LABELS = {
    VisitStatus.PLANNED: "Planned",
    VisitStatus.CONFIRMED: "Confirmed",
    VisitStatus.DONE: "Done",
    VisitStatus.CANCELLED: "Cancelled",
}
APPOINTMENT_STATUS_LABELS = {
    AppointmentStatus.BOOKED: "Booked",
    AppointmentStatus.SERVED: "Served",
    AppointmentStatus.NO_SHOW: "No-show",
    AppointmentStatus.CANCELLED: "Cancelled",
}


def visit_status_label(status: VisitStatus) -> str:
    return tr(VISIT_STATUS_LABELS[status])


def appointment_status_label(status: AppointmentStatus) -> str:
    return tr(APPOINTMENT_STATUS_LABELS[status])


def _likely(proposal: SiteProposal) -> str:
    return ", ".join(f"{service_title(s.service)} ({s.people})" for s in proposal.likely_services)


class ProposalsTableModel(RecordTableModel[SiteProposal]):
    RANK, TOWN, DISTANCE, PEOPLE, HOSTS, PAST, LIKELY = range(7)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Rank"), lambda p: str(p.rank)),
                (tr("Town"), lambda p: f"{p.city}, {p.country}"),
                (tr("From consulate"), lambda p: f"{p.distance_km:,.0f} km"),
                (tr("People"), lambda p: format_number(p.people)),
                (tr("Hosts"), lambda p: str(len(p.hosts))),
                (tr("Past visits"), lambda p: str(len(p.past_visits))),
                (tr("Likely services"), _likely),
            ),
            numeric=(self.RANK, self.DISTANCE, self.PEOPLE, self.HOSTS, self.PAST),
        )

    def extra(self, item: SiteProposal, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Nearest consulate: {name}").format(name=item.nearest_consulate)
        return None


class CoveredTownsModel(RecordTableModel[CoveredTown]):
    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Town"), lambda t: t.city),
                (tr("People"), lambda t: format_number(t.people)),
                (tr("Distance"), lambda t: f"{t.distance_km:,.0f} km"),
            ),
            numeric=(1, 2),
        )


class SlotsModel(RecordTableModel[Slot]):
    """Slots of one desk on one day; full slots are shown but cannot be chosen."""

    TIME, FREE = range(2)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Time"), lambda s: f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"),
                (tr("Places"), _free),
            )
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        if item.free == 0:
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _free(slot: Slot) -> str:
    if slot.free == 0:
        return tr("full ({capacity} of {capacity} booked)").format(capacity=slot.capacity)
    return tr("{free} of {capacity} free").format(free=slot.free, capacity=slot.capacity)


class ResultsTableModel(RecordTableModel[ServiceResult]):
    SERVICE, CAPACITY, BOOKED, SERVED, NO_SHOW, WALK_INS, DELIVERED = range(7)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Service"), lambda r: service_title(r.service)),
                (tr("Places"), lambda r: str(r.capacity)),
                (tr("Booked"), lambda r: str(r.booked)),
                (tr("Served (booked)"), lambda r: str(r.served_booked)),
                (tr("No-show"), lambda r: str(r.no_show)),
                (tr("Walk-ins"), lambda r: str(r.walk_ins)),
                (tr("Delivered"), lambda r: str(r.delivered)),
            ),
            numeric=range(1, 7),
        )


class ConsulatesTableModel(RecordTableModel[ConsulateRecord]):
    NAME, CITY, COUNTRY, JURISDICTION = range(4)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Name"), lambda c: c.name),
                (tr("City"), lambda c: c.city),
                (tr("Country"), lambda c: country_name(c.country)),
                (tr("Jurisdiction"), lambda c: ", ".join(c.jurisdiction)),
            )
        )
