"""The campaign dialog: a campaign created with its message and its SMS length, errors shown in place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.campaigns import CampaignChannel
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.area import CampaignsArea
from diaspora_desk.ui.campaigns.campaign_dialog import CampaignDialog
from tests.services.campaigns.cast import build_cast


def _area(qtbot: QtBot, services: Services) -> CampaignsArea:
    area = CampaignsArea(services.campaigns, services.practices)
    qtbot.addWidget(area)
    return area


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


def test_an_over_long_place_pasted_is_refused_naming_the_field_and_the_limit(
    qtbot: QtBot, services: Services
) -> None:
    dialog = CampaignDialog(services.campaigns, services.practices.tree())
    qtbot.addWidget(dialog)
    dialog.title = "Consular days"
    QApplication.clipboard().setText("Community centre " * 15)  # 255 characters
    dialog.place_edit.paste()
    assert len(dialog.place_edit.text()) == 255
    dialog.accept()
    assert dialog.saved is None
    assert dialog.errors_label.text() == "place: is longer than 200 characters"
    assert services.campaigns.registry.count() == 0
