"""Driving the Associations area as a user would, through the real main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.page import AssociationsPage
from diaspora_desk.ui.main_window import MainWindow


def open_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Make the window active so focus and shortcuts work as for a user at the keyboard."""
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def listed_names(page: AssociationsPage) -> list[str]:
    model = page.model
    return [row.name for r in range(model.rowCount()) if (row := model.row_at(r)) is not None]


def click_save(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()
