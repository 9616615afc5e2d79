"""Opening the window's database: the README's first command opens a demo database when none exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo import visits as demo_visits
from diaspora_desk.services.demo.demo_file import partial_path
from diaspora_desk.ui.accounts.sign_in_dialog import SignInDialog
from diaspora_desk.ui.launch import create_demo, open_for_window, sign_in_at_start
from diaspora_desk.ui.main_window import MainWindow
from tests.services.accounts.people_scene import PASSWORD, add_accounts


def test_new_database_gets_the_demo_and_an_existing_one_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_visits, "GUI_DEMO_PEOPLE", 10)  # that the demo is made, not how many people
    path = tmp_path / "desk.sqlite"
    services = open_for_window(path, demo_if_new=True)
    try:
        assert services.settings.current().configured
        count = services.associations.registry.count(AssociationQuery(archive=ArchiveFilter.ALL))
        assert count > 0
    finally:
        services.close()
    again = open_for_window(path, demo_if_new=True)
    try:
        assert again.associations.registry.count(AssociationQuery(archive=ArchiveFilter.ALL)) == count
    finally:
        again.close()


def test_without_the_flag_a_new_database_starts_empty_for_first_run_setup(tmp_path: Path) -> None:
    services = open_for_window(tmp_path / "empty.sqlite", demo_if_new=False)
    try:
        assert not services.settings.current().configured
        assert services.associations.registry.count(AssociationQuery()) == 0
    finally:
        services.close()


def test_cancel_while_the_demo_is_made_leaves_the_database_as_it_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    services = open_for_window(path, demo_if_new=False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    stopped: list[bool] = []
    task = create_demo(window, services, lambda: stopped.append(True))
    assert task.dialog is not None  # a task started by run_task shows one
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None
    assert cancel.text() == "Cancel"
    cancel.click()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert stopped == [True]
    assert window.statusBar().currentMessage() == "Demo cancelled; nothing was written."
    assert not partial_path(path).exists()
    assert not services.settings.current().configured  # still the empty database, still open
    services.close()


def test_the_finished_demo_replaces_the_empty_database_in_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_visits, "GUI_DEMO_PEOPLE", 10)
    path = tmp_path / "desk.sqlite"
    services = open_for_window(path, demo_if_new=False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    task = create_demo(window, services, lambda: pytest.fail("the demo stopped"))
    with qtbot.waitSignal(window.ready, timeout=120_000):
        pass
    assert task is not None
    assert window.associations.model.rowCount() > 0
    assert not partial_path(path).exists()


def test_a_database_with_accounts_asks_who_signs_in_before_showing_anything(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert sign_in_at_start(window, services)  # no accounts: nothing asked
    add_accounts(services)
    services.accounts.session.sign_out()

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        dialog.username, dialog.password = "supervisor", PASSWORD
        dialog.accept()

    QTimer.singleShot(0, type_password)
    assert sign_in_at_start(window, services)
    assert services.accounts.session() == "Supervisor Test"
