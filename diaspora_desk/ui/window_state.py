"""What the window looked like when the officer left: size, place, area, splitters, columns.

Kept in an INI file in the data folder (not the registry), so it travels with the user's data
folder and tests never touch a real profile. Splitters and table views are found by their
object name: any that has one is remembered, with nothing to wire in the screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from diaspora_desk.paths import data_dir

# The window's size on first start: what fits a 1366x768 laptop screen with its task bar.
DEFAULT_SIZE = (1280, 700)


def state_file() -> Path:
    return data_dir() / "window-state.ini"


class WindowState:
    """Saves and restores the main window's geometry, last area, splitters and table columns."""

    def __init__(self, path: Path | None = None) -> None:
        self._settings = QSettings(str(path or state_file()), QSettings.Format.IniFormat)

    def restore_window(self, window: QMainWindow) -> None:
        """The saved geometry if it still fits a screen; else the default size, within the screen."""
        saved = self._settings.value("window/geometry")
        if (
            isinstance(saved, QByteArray)
            and window.restoreGeometry(saved)
            and _on_a_screen(window.geometry())
        ):
            state = self._settings.value("window/state")
            if isinstance(state, QByteArray):
                window.restoreState(state)
            return
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        window.resize(width, height)

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())

    @property
    def last_area(self) -> int | None:
        value = self._settings.value("window/area")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    @last_area.setter
    def last_area(self, index: int) -> None:
        self._settings.setValue("window/area", index)

    def restore_views(self, root: QWidget) -> None:
        """Splitter sizes and column widths, order and sort of every named splitter and view."""
        for splitter in root.findChildren(QSplitter):
            state = self._settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray):
                splitter.restoreState(state)
        for view in _views(root):
            state = self._settings.value(f"columns/{view.objectName()}")
            if isinstance(state, QByteArray):
                _header(view).restoreState(state)

    def save_views(self, root: QWidget) -> None:
        for splitter in root.findChildren(QSplitter):
            if splitter.objectName():
                self._settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        for view in _views(root):
            self._settings.setValue(f"columns/{view.objectName()}", _header(view).saveState())

    def sync(self) -> None:
        self._settings.sync()


def _views(root: QWidget) -> list[QTableView | QTreeView]:
    views: list[QTableView | QTreeView] = []
    for view in root.findChildren(QAbstractItemView):
        if view.objectName() and isinstance(view, QTableView | QTreeView):
            views.append(view)
    return views


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def _on_a_screen(rect: QRect) -> bool:
    """True when the window's title bar is on some screen (a monitor may have been unplugged)."""
    top = rect.topLeft()
    return any(screen.availableGeometry().contains(top) for screen in QGuiApplication.screens())
