"""The segment editor: the audience counted again as the officer types, plain words for bad codes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.campaign_dialog import CampaignDialog
from tests.services.campaigns.cast import build_cast


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
