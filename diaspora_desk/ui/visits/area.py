"""The Mobile Visits area: visits, the planner, the offline map and the consulates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.planning import SiteProposal
from diaspora_desk.domain.visits import SERVICE_CATALOGUE, OfferedService, VisitDraft
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from diaspora_desk.ui.visits.consulates_page import ConsulatesPage
from diaspora_desk.ui.visits.map_widget import MapWidget
from diaspora_desk.ui.visits.planner_page import PlannerPage
from diaspora_desk.ui.visits.visit_dialog import VisitDialog
from diaspora_desk.ui.visits.visits_page import VisitsPage


class MapPage(QWidget):
    """The map with its zoom buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPage")
        self.map = MapWidget()
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_out = QPushButton(self.tr("Zoom out"))
        fit = QPushButton(self.tr("Show all"))
        zoom_in.clicked.connect(lambda: self.map.zoom(1.5))
        zoom_out.clicked.connect(lambda: self.map.zoom(1 / 1.5))
        fit.clicked.connect(self.map.fit)
        hint = QLabel(self.tr("Wheel to zoom, drag to move. Drawn offline from the plan."))
        hint.setStyleSheet("color: #555555;")
        bar = QHBoxLayout()
        for button in (zoom_in, zoom_out, fit):
            bar.addWidget(button)
        bar.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)


class VisitsArea(QWidget):
    """Signals: ``status(str)``."""

    status = Signal(str)

    def __init__(self, services: VisitsAreaServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsArea")
        self._services = services
        visits = services.visits
        self.visits = VisitsPage(services)
        self.planner = PlannerPage(visits.planner, visits.consulates)
        self.map_page = MapPage()
        self.map = self.map_page.map
        self.consulates = ConsulatesPage(visits.consulates, services.settings, services.gazetteer)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.planner, self.tr("Planner"))
        self.tabs.addTab(self.map_page, self.tr("Map"))
        self.tabs.addTab(self.consulates, self.tr("Consulates"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.visits.status.connect(self.status)
        self.planner.status.connect(self.status)
        self.planner.planned.connect(self.map.set_plan)
        self.planner.proposal_selected.connect(lambda rank: self.map.select(rank or None))
        self.planner.visit_requested.connect(self.plan_visit_at)

    def on_changed(self, change: Change) -> None:
        """Each tab refreshes what a committed write (here or in another area) touched."""
        self.visits.on_changed(change)
        self.planner.on_changed(change)
        self.consulates.on_changed(change)

    def new_item(self) -> QDialog:
        """Ctrl+N: a new consulate on the Consulates tab, a new visit anywhere else."""
        if self.tabs.currentWidget() is self.consulates:
            return self.consulates.new_consulate()
        return self.new_visit()

    def new_visit(self) -> VisitDialog:
        self.tabs.setCurrentWidget(self.visits)
        return self.visits.new_visit()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.visits)
        self.visits.focus_search()

    def plan_visit_at(self, proposal: SiteProposal) -> VisitDialog:
        """The visit form filled from a proposal: town, nearest consulate, best host, likely needs."""
        start = self._services.visits.registry.today() + dt.timedelta(days=30)
        host = proposal.hosts[0] if proposal.hosts else None
        draft = VisitDraft(
            consulate_id=proposal.nearest_consulate_id,
            country=proposal.country,
            city=proposal.city,
            starts_on=start,
            ends_on=start,
            host_association_id=host.association_id if host else None,
            services=tuple(
                OfferedService(s.service, SERVICE_CATALOGUE[s.service].default_capacity_per_hour)
                for s in proposal.likely_services
            ),
        )
        dialog = VisitDialog(self._services, parent=self.visits, draft=draft)
        self.tabs.setCurrentWidget(self.visits)
        return self.visits.new_visit(dialog)
