"""The skills dashboard counts on a worker thread, shows small counts as "<5", and counts again
when people change while it is in view."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, Skills
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.statistics import SkillsStatistics, SkillsSummary
from diaspora_desk.ui.people.area import PeopleArea
from diaspora_desk.ui.people.dashboard import CellTableModel

BUILDER = Skills(occupations=(OccupationItem("7112", ""),))
TRADES = "71 Building and related trades workers, excluding electricians"


def _builders(services: Services, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        person = services.people.registry.create(
            PersonDraft(given_name=f"Builder{n}", family_name="Test", country="US"), BUILDER
        )
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")


def _shown(area: PeopleArea, key: str) -> dict[str, str]:
    model = area.dashboard.models[key]
    return {
        model.index(r, CellTableModel.LABEL).data(): model.index(r, CellTableModel.COUNT).data()
        for r in range(model.rowCount())
    }


def test_counts_arrive_from_a_worker_thread_with_small_counts_as_less_than_five(
    qtbot: QtBot, area: PeopleArea, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _builders(services, 3)
    threads: list[threading.Thread] = []
    summary = SkillsStatistics.summary

    def recording_summary(self: SkillsStatistics, today: object, *, top: int = 15) -> SkillsSummary:
        threads.append(threading.current_thread())
        return summary(self, today, top=top)  # type: ignore[arg-type]

    monkeypatch.setattr(SkillsStatistics, "summary", recording_summary)
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        area.tabs.setCurrentWidget(area.dashboard)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert _shown(area, "isco")[TRADES] == "<5"
    assert all(
        v == "<5" or int(v.replace(",", "")) >= 5
        for key in area.dashboard.models
        for v in _shown(area, key).values()
    )
    assert area.dashboard.total.text().startswith("3 people in the skills inventory")


def test_people_registered_elsewhere_are_counted_again_while_in_view(
    qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    _builders(services, 3)
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        area.tabs.setCurrentWidget(area.dashboard)
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        _builders(services, 4, start=3)
    qtbot.waitUntil(lambda: area.dashboard.total.text().startswith("7 people"), timeout=10_000)
    assert _shown(area, "isco")[TRADES] == "7"


def test_cell_model_passes_the_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, area: PeopleArea, services: Services
) -> None:
    _builders(services, 6)
    with qtbot.waitSignal(area.dashboard.summary_shown, timeout=10_000):
        area.tabs.setCurrentWidget(area.dashboard)
    model = area.dashboard.models["isco"]
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    qtmodeltester.check(CellTableModel("Empty"))


def test_the_skills_summary_pdf_is_written_in_the_background(
    qtbot: QtBot, area: PeopleArea, services: Services, tmp_path: Path
) -> None:
    _builders(services, 6)
    target = tmp_path / "skills.pdf"
    with qtbot.waitSignal(area.dashboard.pdf_written, timeout=20_000) as written:
        area.dashboard.print_summary(target)
    assert written.args == [target]
    assert target.read_bytes().startswith(b"%PDF")
