"""Archiving a person asks first (naming them), can be undone from the status bar, and the
archived person can be found again."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import ArchiveFilter
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from tests.ui.people.listing import listed_names


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    services.people.registry.create(PersonDraft(given_name="Rosa", family_name="Cúmez", country="US"))
    services.people.registry.create(PersonDraft(given_name="Flor", family_name="Sián", country="US"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    return window


def _answer(button: str, seen: list[str]) -> None:
    """Press `button` in the confirmation box once it is open; note what it asked."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        seen.append(box.defaultButton().text())
        target = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        target.click()

    QTimer.singleShot(0, press)


def _select(window: MainWindow, name: str) -> None:
    page = window.people.people
    page.table.selectRow(listed_names(window.people).index(name))


def test_archive_asks_naming_the_person_and_cancel_keeps_them(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    _select(window, "Rosa Cúmez")
    asked: list[str] = []
    _answer("Cancel", asked)
    window.people.people.toggle_archive()
    assert "Rosa Cúmez" in asked[0]
    assert asked[1].replace("&", "") == "Cancel"  # Enter does not archive
    assert "Rosa Cúmez" in listed_names(window.people)


def test_archive_then_undo_from_the_status_bar_then_find_the_archived(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    _select(window, "Rosa Cúmez")
    _answer("Archive", [])
    window.people.people.toggle_archive()
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Flor Sián"])
    assert window.undo_bar.button.isVisible()
    assert "Archived Rosa Cúmez" in window.statusBar().currentMessage()
    window.undo_bar.button.click()
    qtbot.waitUntil(lambda: "Rosa Cúmez" in listed_names(window.people))
    assert not window.undo_bar.button.isVisible()

    _select(window, "Rosa Cúmez")
    _answer("Archive", [])
    window.people.people.toggle_archive()
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Flor Sián"])
    archive = window.people.people.archive_filter
    archive.setCurrentIndex(archive.findData(ArchiveFilter.ARCHIVED.value))
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Rosa Cúmez"])
