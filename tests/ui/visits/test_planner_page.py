"""The planner through the real service on a worker thread: proposals, people covered, the map."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.area import VisitsArea
from tests.ui.visits.scenes import area_services_of, row_texts


def test_plan_runs_in_the_background_and_fills_proposals_people_and_map(
    qtbot: QtBot, qtmodeltester: ModelTester, visit_demo: Services
) -> None:
    area = VisitsArea(area_services_of(visit_demo))
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
    assert planner.people_model.rowCount() == best.people
    names = row_texts(planner.people_model, 0)
    first = visit_demo.visits.planner.people_covered(best, 0, 3)
    assert names[:3] == [p.name for p in first]  # by family name, paged from SQL
    assert all(names)  # every row the plan counted is there to call in
    assert f"{best.people:,} people, by name" == planner.people_label.text()
    assert f"{len(plan.proposals)} site(s) proposed" in planner.summary.text()
    assert not area.map.grab().toImage().isNull()
