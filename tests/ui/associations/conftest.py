"""The Associations area is driven through the real main window, which relays change notices."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from tests.ui.associations.helpers import open_window


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """The main window over an empty, configured database."""
    return open_window(qtbot, services)


@pytest.fixture
def demo_window(qtbot: QtBot, demo_services: Services) -> MainWindow:
    """The main window over the small demo (60 associations with their logs)."""
    return open_window(qtbot, demo_services)
