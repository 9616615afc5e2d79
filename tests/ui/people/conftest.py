"""The People & Skills area inside a shown main window, as the officer sees it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.people.area import PeopleArea


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    built = MainWindow(services)
    qtbot.addWidget(built)
    built.resize(1366, 768)
    built.show()
    built.show_area(built.PEOPLE)
    return built


@pytest.fixture
def area(window: MainWindow) -> PeopleArea:
    return window.people
