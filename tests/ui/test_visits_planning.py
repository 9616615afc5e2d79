"""The planner through the real service on a worker thread, and the visit PDFs from the area."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.visits import printing
from diaspora_desk.ui.visits.appointments_dialog import AppointmentsDialog
from diaspora_desk.ui.visits.area import VisitsArea


@pytest.fixture
def visit_demo(services: Services) -> Services:
    """The full demo: associations, people, consulates, past and planned visits with bookings."""
    from diaspora_desk.services.demo.visits import build_full_demo

    build_full_demo(services, associations=40, people=600, seed=3)
    return services


@pytest.fixture(autouse=True)
def _no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "OPEN_AFTER_WRITING", False)


def test_plan_runs_in_the_background_and_fills_proposals_people_and_map(
    qtbot: QtBot, qtmodeltester: ModelTester, visit_demo: Services
) -> None:
    area = VisitsArea(visit_demo)
    qtbot.addWidget(area)
    planner = area.planner
    planner.min_distance_spin.setValue(0)
    planner.radius_spin.setValue(80)
    planner.sites_spin.setValue(3)
    with qtbot.waitSignal(planner.planned, timeout=20_000):
        planner.plan_button.click()
    plan = planner.plan
    assert plan is not None
    assert planner.plan_button.isEnabled()
    assert 0 < len(plan.proposals) <= 3
    assert area.map.plan is plan
    assert [p.rank for p in planner.model.rows] == [1, 2, 3][: len(plan.proposals)]
    qtmodeltester.check(planner.people_model)
    best = plan.proposals[0]
    assert planner.current == best
    assert [t.city for t in planner.towns_model.rows] == [t.city for t in best.towns]
    shown = planner.people_model.rows
    assert 0 < len(shown) <= best.people
    assert f"of {best.people:,} people" in planner.people_label.text()
    assert f"{len(plan.proposals)} site(s) proposed" in planner.summary.text()
    assert not area.map.grab().toImage().isNull()


def test_visit_briefing_report_slip_and_day_schedule_are_written(
    qtbot: QtBot, visit_demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(visit_demo)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.VISITS)
    page = window.visits.visits
    page.select(1)  # visit 1 is the next planned visit in any demo
    assert page.current is not None
    assert page.current.status is not VisitStatus.DONE
    target = tmp_path / "briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(page.pdf_written, timeout=20_000) as written:
        window.print_action.trigger()  # Ctrl+P: the briefing before the visit
    assert written.args == [target]
    assert target.read_bytes().startswith(b"%PDF")

    done = next(v for v in visit_demo.visits.registry.list(status=VisitStatus.DONE))
    page.select(done.id)
    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        page.print_current(tmp_path / "report.pdf")  # the report once it is done
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    dialog = page.open_appointments()
    assert isinstance(dialog, AppointmentsDialog)
    assert dialog.model.rowCount() > 0
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
        dialog.print_slip(tmp_path / "slip.pdf")
    with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
        dialog.print_day_schedule(tmp_path / "day.pdf")
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    dialog.reject()
