"""The person dialog's Outreach tab: what campaigns and events reached the person."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.person_dialog import PersonDialog, PersonServices
from tests.services.campaigns.cast import build_cast


def _services(services: Services) -> PersonServices:
    return PersonServices(services.people, services.settings, services.gazetteer, services.audit)


def test_outreach_tab_lists_the_campaign_messages_of_the_person(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    cast = build_cast(services)
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")
    dialog = PersonDialog(_services(services), services.people.registry.get(cast.ana))
    qtbot.addWidget(dialog)
    lines = [dialog.outreach.item(i).text() for i in range(dialog.outreach.count())]
    assert len(lines) == 1
    assert "message · Diaspora day invitation — Text message (SMS) (Spanish)" in lines[0]
    other = PersonDialog(_services(services), services.people.registry.get(cast.rosa))
    qtbot.addWidget(other)
    assert other.outreach.item(0).text().startswith("No campaign")
