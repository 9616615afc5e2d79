"""The Campaigns area with qtbot: the list, the campaign dialog, the live segment count and the
reply review queue."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.area import CampaignsArea
from diaspora_desk.ui.campaigns.campaign_dialog import CampaignDialog
from diaspora_desk.ui.campaigns.models import CampaignTableModel
from tests.services.campaigns.cast import Cast, build_cast


def _area(qtbot: QtBot, services: Services) -> CampaignsArea:
    area = CampaignsArea(services.campaigns, services.practices)
    qtbot.addWidget(area)
    return area


def test_campaign_list_pages_from_sql(qtbot: QtBot, services: Services, qtmodeltester: ModelTester) -> None:
    for i in range(5):
        services.campaigns.registry.create(
            CampaignDraft(title=f"Campaign {i}", channels=(CampaignChannel.SMS,))
        )
    area = _area(qtbot, services)
    qtmodeltester.check(area.model)
    assert area.model.rowCount() == 5
    first = area.model.index(0, CampaignTableModel.TITLE)
    assert area.model.data(first) == "Campaign 4"  # newest first
    area.search.setText("Campaign 2")
    assert area.model.rowCount() == 1


def test_dialog_creates_a_campaign_with_its_message(qtbot: QtBot, services: Services) -> None:
    build_cast(services)
    area = _area(qtbot, services)
    dialog = area.dialog()
    qtbot.addWidget(dialog)
    dialog.title = "Consular days"
    dialog.channels = (CampaignChannel.SMS,)
    dialog.message = "Hello {given_name}, see you at {place}!"
    # Counted with sample values: "Hello Maria Jose, see you at Community centre!"
    assert dialog.length_label.text() == "46 characters, GSM-7, 1 segment(s)"
    dialog.accept()
    assert dialog.saved is not None
    assert services.campaigns.messages.messages(dialog.saved.id)["en"].body.startswith("Hello {given_name}")
    area.model.refresh()
    assert area.model.rowCount() == 2


def test_dialog_shows_errors_and_keeps_them_open(qtbot: QtBot, services: Services) -> None:
    dialog = CampaignDialog(services.campaigns, services.practices.tree())
    qtbot.addWidget(dialog)
    dialog.title = ""
    dialog.message = "Hi {nickname}"
    dialog.accept()
    assert dialog.saved is None
    assert "title" in dialog.errors_label.text()


def test_segment_editor_counts_as_the_officer_types(qtbot: QtBot, services: Services) -> None:
    cast = build_cast(services)
    dialog = CampaignDialog(
        services.campaigns, services.practices.tree(), services.campaigns.registry.get(cast.campaign)
    )
    qtbot.addWidget(dialog)
    editor = dialog.segment_editor
    assert "5 people in the segment; 3 consent" in editor.count_label.text()
    with qtbot.waitSignal(editor.counted, timeout=3000) as blocker:
        editor.countries_edit.setText("MX")
    assert blocker.args is not None
    assert blocker.args[0].matching == 1
    assert "1 people in the segment" in editor.count_label.text()
    editor.countries_edit.setText("USA")
    editor.recount()
    assert "two-letter" in editor.count_label.text()


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


def test_empty_lists_say_why(qtbot: QtBot, services: Services) -> None:
    area = _area(qtbot, services)
    assert area.empty_hint.text() == "No campaign yet.<br>Use <b>New campaign…</b> to plan one."
    assert area.review.empty_hint.text().startswith("No reply waiting for review.")
    services.campaigns.registry.create(CampaignDraft(title="Diaspora day", channels=(CampaignChannel.SMS,)))
    area.model.refresh()
    area.search.setText("nothing like it")
    assert area.empty_hint.text().startswith("No campaign matches this search.")
    area.empty_hint.label.linkActivated.emit("clear")
    assert area.search.text() == ""
    assert not area.empty_hint.shown
