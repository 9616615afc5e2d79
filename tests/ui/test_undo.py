"""Archiving a person asks first (naming them), can be undone from the status bar, and the
archived person can be found again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association_query import ArchiveFilter
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from tests.ui.confirming import answer_confirmation
from tests.ui.people.listing import listed_names


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    services.people.registry.create(PersonDraft(given_name="Rosa", family_name="Cúmez", country="US"))
    services.people.registry.create(PersonDraft(given_name="Flor", family_name="Sián", country="US"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    return window


def _select(window: MainWindow, name: str) -> None:
    page = window.people.people
    page.table.selectRow(listed_names(window.people).index(name))


def test_archive_asks_naming_the_person_and_cancel_keeps_them(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    _select(window, "Rosa Cúmez")
    asked: list[str] = []
    answer_confirmation("Cancel", asked)
    window.people.people.toggle_archive()
    assert "Rosa Cúmez" in asked[0]
    assert asked[1] == "Cancel"  # Enter does not archive
    assert "Rosa Cúmez" in listed_names(window.people)


def test_archive_then_undo_from_the_status_bar_then_find_the_archived(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    _select(window, "Rosa Cúmez")
    answer_confirmation("Archive", [])
    window.people.people.toggle_archive()
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Flor Sián"])
    assert window.undo_bar.button.isVisible()
    assert "Archived Rosa Cúmez" in window.statusBar().currentMessage()
    window.undo_bar.button.click()
    qtbot.waitUntil(lambda: "Rosa Cúmez" in listed_names(window.people))
    assert not window.undo_bar.button.isVisible()

    _select(window, "Rosa Cúmez")
    answer_confirmation("Archive", [])
    window.people.people.toggle_archive()
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Flor Sián"])
    archive = window.people.people.archive_filter
    archive.setCurrentIndex(archive.findData(ArchiveFilter.ARCHIVED.value))
    qtbot.waitUntil(lambda: listed_names(window.people) == ["Rosa Cúmez"])


def test_an_archived_association_comes_back_with_undo(qtbot: QtBot, services: Services) -> None:
    from diaspora_desk.domain.association import AssociationDraft

    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    window = _window(qtbot, services)
    window.show_area(window.ASSOCIATIONS)
    page = window.associations
    page.table.selectRow(0)
    answer_confirmation("Archive")
    page.toggle_archive()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    window.undo_bar.button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
