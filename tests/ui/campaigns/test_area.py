"""The Campaigns area with qtbot: the campaigns list paged from SQL and searched."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.area import CampaignsArea
from diaspora_desk.ui.campaigns.models import CampaignTableModel


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
