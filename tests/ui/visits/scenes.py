"""Helpers of the Mobile Visits screen tests: people, the window, the services the area uses."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.planning import (
    AssociationPoint,
    ConsulatePoint,
    CoveredTown,
    HostCandidate,
    LikelyService,
    PlacePoint,
    Plan,
    PlanOptions,
    SiteProposal,
)
from diaspora_desk.domain.visits import ConsularService
from diaspora_desk.reports.catalogue import printer_for
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.visits.area_services import VisitsAreaServices

PASSPORT = ConsularService.PASSPORT_RENEWAL
CARD = ConsularService.CONSULAR_ID
NINE, TEN = dt.time(9, 0), dt.time(10, 0)
R = TypeVar("R")


def area_services_of(services: Services) -> VisitsAreaServices:
    return VisitsAreaServices(
        visits=services.visits,
        people=services.people.registry,
        hosts=services.associations.registry,
        practices=services.practices,
        gazetteer=services.gazetteer,
        settings=services.settings,
        print_report=printer_for(services),
    )


def person(services: Services, given: str, family: str) -> int:
    """A registered person living in Fresno."""
    return services.people.registry.create(
        PersonDraft(
            given_name=given, family_name=family, country="US", city="Fresno", phones=("559 555 0142",)
        )
    ).id


def open_window(qtbot: QtBot, services: Services) -> MainWindow:
    """The main window shown and active, on the Mobile Visits area."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_area(window.VISITS)
    return window


def hand_made_plan() -> Plan:
    """A small plan around the Central Valley of California, as the planner would return it."""
    fresno = SiteProposal(
        rank=1,
        country="US",
        city="Fresno",
        latitude=36.7477,
        longitude=-119.7724,
        nearest_consulate_id=1,
        nearest_consulate="Test Consulate",
        distance_km=330.0,
        people=120,
        people_within_radius=130,
        towns=(CoveredTown("Fresno", 100, 0.0), CoveredTown("Visalia", 20, 57.0)),
        hosts=(HostCandidate(7, "Asociación Maya de Fresno", "Fresno", 1.0, 80),),
        past_visits=(),
        likely_services=(LikelyService(ConsularService.PASSPORT_RENEWAL, 14, "passport expires soon"),),
    )
    bakersfield = SiteProposal(
        rank=2,
        country="US",
        city="Bakersfield",
        latitude=35.3733,
        longitude=-119.0187,
        nearest_consulate_id=1,
        nearest_consulate="Test Consulate",
        distance_km=160.0,
        people=40,
        people_within_radius=40,
        towns=(CoveredTown("Bakersfield", 40, 0.0),),
        hosts=(),
        past_visits=(),
        likely_services=(),
    )
    return Plan(
        options=PlanOptions(),
        proposals=(fresno, bakersfield),
        consulates=(ConsulatePoint(1, "Test Consulate", "Los Angeles", 34.0522, -118.2437),),
        places=(
            PlacePoint("US", "Fresno", 36.7477, -119.7724, 100),
            PlacePoint("US", "Visalia", 36.3302, -119.2921, 20),
            PlacePoint("US", "Bakersfield", 35.3733, -119.0187, 40),
            PlacePoint("US", "Los Angeles", 34.0522, -118.2437, 900),
        ),
        associations=(AssociationPoint(7, "Asociación Maya de Fresno", "Fresno", 36.75, -119.77, 80),),
        people_far=160,
        people_without_place=3,
    )


def rows_of(model: PagedTableModel[Any, R]) -> list[R]:
    """Every row of a paged model, as the view would read them."""
    found = [model.row_at(row) for row in range(model.rowCount())]
    return [row for row in found if row is not None]


def row_texts(model: QAbstractItemModel, column: int) -> list[str]:
    """What a column shows, top to bottom."""
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]
