"""The reply review queue: a reply that could not be read is assigned to a person and an answer."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.area import CampaignsArea
from tests.services.campaigns.cast import Cast, build_cast


def _area(qtbot: QtBot, services: Services) -> CampaignsArea:
    area = CampaignsArea(services.campaigns, services.practices)
    qtbot.addWidget(area)
    return area


def test_review_queue_assigns_a_reply(
    qtbot: QtBot, services: Services, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    cast: Cast = build_cast(services)
    services.campaigns.polls.set_questions(
        cast.campaign, (Question("Coming?", (Answer("1", "Yes"), Answer("2", "No"))),)
    )
    replies = tmp_path / "r.csv"
    replies.write_text("number,text,timestamp\n+442079460000,oui,\n+15595550101,hmm,\n", encoding="utf-8")
    services.campaigns.polls.import_replies(cast.campaign, replies)
    area = _area(qtbot, services)
    area.table.selectRow(0)
    review = area.review
    qtmodeltester.check(review.model)
    assert review.model.rowCount() == 2
    review.select(0)
    review.person_spin.setValue(cast.luc)
    review.assign_button.click()
    assert review.model.rowCount() == 1
    review.select(0)
    review.answers_edit.setText("2")
    review.assign_button.click()
    assert review.model.rowCount() == 0
    assert services.campaigns.tallies.results(cast.campaign).questions[0].overall.answers["2"].count is None
