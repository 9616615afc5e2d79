"""The Campaigns area with qtbot: an empty list says why."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.area import CampaignsArea


def _area(qtbot: QtBot, services: Services) -> CampaignsArea:
    area = CampaignsArea(services.campaigns, services.practices)
    qtbot.addWidget(area)
    return area


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
