"""The window comes back as the officer left it: size, place, area, panes and columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.window_state import DEFAULT_SIZE


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def test_first_start_fits_a_laptop_screen(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    screen = QApplication.primaryScreen().availableGeometry()
    assert window.width() <= min(DEFAULT_SIZE[0], screen.width())
    assert window.height() <= min(DEFAULT_SIZE[1], screen.height())
    assert window.stack.currentIndex() == MainWindow.ASSOCIATIONS


def test_size_area_and_columns_are_remembered(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.resize(700, 500)
    window.show_area(MainWindow.VISITS)
    table = window.associations.table
    assert table.objectName()  # named views are remembered
    table.horizontalHeader().resizeSection(1, 211)
    table.horizontalHeader().moveSection(2, 0)
    window.close()

    again = _window(qtbot, services)
    assert (again.width(), again.height()) == (700, 500)
    assert again.stack.currentIndex() == MainWindow.VISITS
    header = again.associations.table.horizontalHeader()
    assert header.sectionSize(1) == 211
    assert header.logicalIndex(0) == 2


def test_areas_have_shortcuts_and_the_guide_opens_with_f1(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show()
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == MainWindow.PEOPLE
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == MainWindow.PRACTICES
    guide = window.show_user_guide()
    qtbot.addWidget(guide)
    assert "Importing a file from another system" in guide.browser.toPlainText()
    screen = QApplication.primaryScreen().availableGeometry()
    assert guide.height() <= screen.height()
