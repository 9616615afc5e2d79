"""Poll results on screen: counts, shares and who answered, by host country and language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.poll_results import BY_COUNTRY, BY_LANGUAGE, PollResultsPanel
from tests.services.campaigns.cast import build_cast, make_person
from tests.services.campaigns.poll_files import TOPIC, YES_NO
from tests.services.campaigns.poll_files import reply_file as _replies


def _cells(panel: PollResultsPanel) -> list[list[str]]:
    model = panel.model
    header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    rows = [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


def test_results_per_question_with_small_cells_suppressed(
    qtbot: QtBot, services: Services, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    cast = build_cast(services)
    rows = []
    for i in range(8):
        phone = f"+1 559 555 05{i:02d}"
        make_person(
            services, f"V{i}", city="Fresno", phones=(phone,), preferred_language="es" if i < 6 else "en"
        )
        rows.append((phone, "1 2" if i < 6 else "2 3", "2026-11-20 10:00"))
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO, TOPIC))
    services.campaigns.polls.import_replies(cast.campaign, _replies(tmp_path / "r.csv", rows))
    panel = PollResultsPanel(services.campaigns.tallies)
    qtbot.addWidget(panel)
    panel.set_campaign(cast.campaign)
    assert panel.question_combo.count() == 2
    qtmodeltester.check(panel.model)
    header, everyone = _cells(panel)
    assert header == ["Group", "Answered", "1 Yes", "2 No"]
    # 6 yes, 2 no: the question's tally is withheld (question 2's total would give the 2 away).
    assert everyone == ["Everyone", "x", "x", "x"]
    panel.set_grouping(BY_LANGUAGE)
    _header, english, spanish = _cells(panel)
    assert english[0] == "English"
    assert english[1:] == ["x", "x", "x"]
    assert spanish == ["Spanish", "6", "6 (100.0%)", "0 (0.0%)"]
    panel.set_grouping(BY_COUNTRY)
    assert _cells(panel)[1][0] == "United States"
    panel.question_combo.setCurrentIndex(1)
    assert _cells(panel)[0] == ["Group", "Answered", "1 Remittances", "2 Documents", "3 Return"]
    assert "opt-outs: 0" in panel.summary.text()


def test_a_campaign_without_poll_says_so(qtbot: QtBot, services: Services) -> None:
    cast = build_cast(services)
    panel = PollResultsPanel(services.campaigns.tallies)
    qtbot.addWidget(panel)
    panel.set_campaign(cast.campaign)
    assert panel.summary.text() == "This campaign has no poll."
    assert panel.model.rowCount() == 0
