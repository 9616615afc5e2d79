"""The Mobile Visits area in the main window: the visits list, Ctrl+N, Ctrl+F, the map of a plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

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
from diaspora_desk.domain.queries import AssociationQuery
from diaspora_desk.domain.visits import ConsularService, VisitStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.visits.consulates_page import ConsulateDialog
from diaspora_desk.ui.visits.map_drawing import MAX_SCALE
from diaspora_desk.ui.visits.map_widget import MapWidget, View
from diaspora_desk.ui.visits.visit_dialog import VisitDialog


@pytest.fixture
def visit_demo(services: Services) -> Services:
    """The full demo: associations, people, consulates, past and planned visits with bookings."""
    from diaspora_desk.services.demo.visits import build_full_demo

    build_full_demo(services, associations=40, people=600, seed=3)
    return services


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
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


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}


def test_visits_area_replaces_the_placeholder_and_lists_the_demo_visits(
    qtbot: QtBot, qtmodeltester: ModelTester, visit_demo: Services
) -> None:
    window = _window(qtbot, visit_demo)
    window.show_area(window.VISITS)
    assert window.stack.currentWidget() is window.visits
    page = window.visits.visits
    expected = visit_demo.visits.registry.list()
    assert expected, "the demo has visits"
    assert [row.id for row in page.model.rows] == [v.id for v in expected]
    qtmodeltester.check(page.model)

    page.status_filter.setCurrentIndex(page.status_filter.findData(VisitStatus.DONE.value))
    assert page.model.rows
    assert all(row.status is VisitStatus.DONE for row in page.model.rows)

    # Ctrl+F goes to the search box of the area in view; typing narrows the list.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    page.status_filter.setCurrentIndex(0)
    town = expected[0].city
    qtbot.keyClicks(page.search_edit, town[:4])
    qtbot.waitUntil(
        lambda: (
            bool(page.model.rows)
            and all(town[:4].lower() in (r.city + r.title).lower() for r in page.model.rows)
        )
    )

    page.table.selectRow(0)
    assert page.current is not None
    assert page.current.city in page.details.text()


def test_ctrl_n_in_the_visits_area_opens_a_new_visit(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show_area(window.VISITS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.visits.visits.findChild(VisitDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "New mobile visit"
    dialog.reject()
    window.visits.tabs.setCurrentWidget(window.visits.consulates)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    consulate = window.visits.consulates.findChild(ConsulateDialog)
    assert consulate is not None
    assert consulate.isVisible()
    consulate.reject()


def test_the_map_draws_a_plan_and_zooms_around_the_pointer(qtbot: QtBot) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    empty = widget.grab().toImage()
    widget.set_plan(hand_made_plan())
    drawn = widget.grab().toImage()
    assert not drawn.isNull()
    # Towns, consulate, sites and the legend add colours an empty map does not have.
    assert len(_colours(drawn)) > len(_colours(empty)) + 10
    site = widget.to_screen(36.7477, -119.7724)
    assert 0 < site.x() < 640
    assert 0 < site.y() < 480
    assert QColor(drawn.pixel(site.toPoint())) != QColor("#f7f9fb")

    scale, radius = widget.scale, widget.km_to_pixels(60)
    step = widget.grid_step()
    anchor = QPointF(site)
    widget.zoom(4.0, anchor)
    assert widget.scale == scale * 4
    assert widget.km_to_pixels(60) == radius * 4
    assert widget.grid_step() <= step
    moved = widget.to_screen(36.7477, -119.7724)
    assert abs(moved.x() - anchor.x()) < 0.5
    assert abs(moved.y() - anchor.y()) < 0.5
    # Dragging moves the map with the pointer.
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(widget, QPoint(340, 230))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(340, 230))
    after = widget.to_screen(36.7477, -119.7724)
    assert abs(after.x() - moved.x() - 40) < 1
    assert abs(after.y() - moved.y() - 30) < 1
    assert not widget.grab().toImage().isNull()


def test_a_proposal_shows_its_towns_and_plans_a_visit_there(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_services: Services
) -> None:
    window = _window(qtbot, demo_services)
    area = window.visits
    plan = hand_made_plan()
    consulate = demo_services.visits.consulates.list()[0]
    host = demo_services.associations.registry.page(AssociationQuery(), 0, 1)[0]
    proposal = dataclasses.replace(
        plan.proposals[0],
        nearest_consulate_id=consulate.id,
        hosts=(HostCandidate(host.id, host.name, host.city, 2.0, None),),
    )
    plan = dataclasses.replace(plan, proposals=(proposal, plan.proposals[1]))
    area.planner.show_plan(plan)
    assert area.map.plan is plan
    qtmodeltester.check(area.planner.model)
    qtmodeltester.check(area.planner.towns_model)
    assert area.planner.current is proposal
    assert [t.city for t in area.planner.towns_model.rows] == ["Fresno", "Visalia"]
    assert area.map.selected_rank == 1
    assert "passport expires soon" in area.planner.details.text()
    area.planner.table.selectRow(1)
    assert area.map.selected_rank == 2
    area.planner.table.selectRow(0)
    area.planner.visit_button.click()
    dialog = area.visits.findChild(VisitDialog)
    assert dialog is not None
    assert dialog.city == "Fresno"
    assert dialog.consulate_id == consulate.id
    assert dialog.host_picker.association_id() == host.id
    assert [o.service for o in dialog.offered] == [ConsularService.PASSPORT_RENEWAL]
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None
    assert dialog.saved.host_association_id == host.id
    assert area.visits.current is not None
    assert area.visits.current.id == dialog.saved.id
    assert dialog.saved.starts_on == demo_services.clock.today() + dt.timedelta(days=30)


def test_graticule_lines_are_every_1_5_or_10_degrees_by_zoom(qtbot: QtBot) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    steps = {}
    for scale in (4.0, 20.0, 80.0):
        widget.view = View(35.0, -119.0, scale)
        steps[scale] = widget.grid_step()
    assert steps == {4.0: 10, 20.0: 5, 80.0: 1}
    widget.view = View(35.0, -119.0, 20.0)
    widget.zoom(1000.0)
    assert widget.scale == MAX_SCALE  # zooming in stops at the closest scale
