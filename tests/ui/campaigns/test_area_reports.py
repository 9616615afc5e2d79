"""The Campaigns area with qtbot: printing a campaign's report, and the status a dialog saves."""

from __future__ import annotations

from pathlib import Path

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


def test_print_report_writes_the_selected_campaigns_pdf(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from diaspora_desk.reports.catalogue import printer_for

    cast = build_cast(services)
    area = CampaignsArea(services.campaigns, services.practices, printer_for(services))
    qtbot.addWidget(area)
    out = tmp_path / "campaign.pdf"
    area.print_selected(out)  # nothing selected: nothing written
    assert not out.exists()
    area.table.selectRow(0)
    assert area.current() is not None
    assert area.current().id == cast.campaign  # type: ignore[union-attr]
    with qtbot.waitSignal(area.pdf_written, timeout=20000) as written:
        area.print_selected(out)
    assert written.args == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert area.tabs.count() == 2  # campaigns, events


def test_the_status_chosen_in_the_dialog_is_saved(qtbot: QtBot, services: Services) -> None:
    from diaspora_desk.domain.campaigns import CampaignStatus

    dialog = CampaignDialog(services.campaigns, services.practices.tree())
    qtbot.addWidget(dialog)
    dialog.title = "Consular days"
    dialog.channels = (CampaignChannel.RADIO_TV,)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(CampaignStatus.RUNNING.value))
    dialog.accept()
    assert dialog.saved is not None, dialog.errors_label.text()
    assert services.campaigns.registry.get(dialog.saved.id).status is CampaignStatus.RUNNING
