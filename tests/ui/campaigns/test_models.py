"""The Campaigns area's models: campaigns paged from SQL, the reply review queue held whole."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.models import CampaignQuery, CampaignTableModel, ReviewTableModel
from tests.services.campaigns.cast import build_cast


def test_campaigns_list_newest_first_with_their_channels(
    qtmodeltester: ModelTester, services: Services
) -> None:
    for title in ("Consular days", "Diaspora census"):
        services.campaigns.registry.create(
            CampaignDraft(title=title, channels=(CampaignChannel.SMS, CampaignChannel.EMAIL))
        )
    model = CampaignTableModel(services.campaigns.registry)
    model.refresh()
    qtmodeltester.check(model)
    titles = [model.index(r, CampaignTableModel.TITLE).data() for r in range(model.rowCount())]
    assert titles == ["Diaspora census", "Consular days"]
    assert model.index(0, CampaignTableModel.CHANNELS).data() == "Text message (SMS), E-mail"
    assert model.index(0, CampaignTableModel.STATUS).data() == "Draft"
    model.set_query(CampaignQuery(text="census"))
    assert model.rowCount() == 1


def test_the_review_queue_shows_why_each_reply_waits(
    qtmodeltester: ModelTester, services: Services, tmp_path: Path
) -> None:
    cast = build_cast(services)
    services.campaigns.polls.set_questions(
        cast.campaign, (Question("Coming?", (Answer("1", "Yes"), Answer("2", "No"))),)
    )
    replies = tmp_path / "r.csv"
    replies.write_text(
        "number,text,timestamp\n+442079460000,oui,\n+15595550101,hmm,2026-11-20 08:15\n+15595550101,1,\n",
        encoding="utf-8",
    )
    services.campaigns.polls.import_replies(cast.campaign, replies)
    model = ReviewTableModel(services.campaigns.polls)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_campaign(cast.campaign)
    qtmodeltester.check(model)
    rows = {
        model.index(r, ReviewTableModel.PHONE).data(): (
            model.index(r, ReviewTableModel.TEXT).data(),
            model.index(r, ReviewTableModel.STATUS).data(),
            model.index(r, ReviewTableModel.ROW).data(),
        )
        for r in range(model.rowCount())
    }
    assert rows == {
        "+442079460000": ("oui", "Number not known", "2"),
        "+15595550101": ("hmm", "Answer not read", "3"),
    }
    item = model.index(0, 0).data(ReviewTableModel.ROW_ROLE)
    assert item == model.row_at(0)
    services.campaigns.polls.dismiss(item.id)
    model.refresh()
    assert model.rowCount() == 1
    model.set_campaign(None)
    assert model.rowCount() == 0
