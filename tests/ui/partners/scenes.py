"""The Partners area of the UI tests, empty or over the generated demo."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.associations import build_demo
from diaspora_desk.services.demo.partners import build_demo_partners
from diaspora_desk.ui.partners.area import PartnersArea


def partners_area(qtbot: QtBot, services: Services) -> PartnersArea:
    area = PartnersArea(services.partners, services.practices, services.clock)
    qtbot.addWidget(area)
    return area


def partners_demo(services: Services) -> None:
    """Eight associations, and the demo's partners, agreements and projects."""
    build_demo(services, associations=8, seed=4)
    build_demo_partners(services, seed=4)
