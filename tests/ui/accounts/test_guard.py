"""The accounts in the main window: who is signed in, the idle lock, what a role may not do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.accounts.account_dialog import AccountDialog
from diaspora_desk.ui.accounts.guard import AccountsGuard
from diaspora_desk.ui.main_window import MainWindow
from tests.services.accounts.people_scene import PASSWORD, add_accounts


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _action(window: MainWindow, text: str) -> QAction:
    wanted = QCoreApplication.translate("MainWindow", text)
    return next(a for a in window.findChildren(QAction) if a.text() == wanted)


def test_without_accounts_everything_is_offered(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    guard = window.accounts_guard
    assert guard.label.text() == "No accounts: anyone may use this database"
    assert not guard.timer.isActive()
    assert _action(window, "Export p&eople…").isEnabled()
    assert not window.people.people.erase_button.isHidden()


def test_a_viewer_sees_who_is_signed_in_and_not_what_is_not_granted(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    services.accounts.session.sign_in("viewer", PASSWORD)
    window = _window(qtbot, services)
    guard = window.accounts_guard
    assert guard.label.text() == "Signed in: Viewer Test (Viewer)"
    assert "Viewer Test" in window.windowTitle()
    assert not _action(window, "Export p&eople…").isEnabled()
    assert not _action(window, "&Settings…").isEnabled()
    assert not guard.accounts_action.isEnabled()
    assert window.people.people.erase_button.isHidden()
    assert window.people.duplicates.merge_button.isHidden()
    # Viewers look; they do not create, archive or import.
    assert not _action(window, "Import &people…").isEnabled()
    assert window.people.people.new_button.isHidden()
    assert window.people.people.archive_button.isHidden()
    assert window.associations.new_button.isHidden()
    assert not window.people.people.edit_button.isHidden()  # opens the record to read


def test_the_window_locks_when_idle_and_the_same_officer_unlocks_it(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    services.accounts.session.sign_in("officer", PASSWORD)
    window = _window(qtbot, services)
    guard = window.accounts_guard
    assert guard.timer.interval() == 10 * 60_000  # the default: ten minutes
    guard.set_idle_ms(150)
    qtbot.waitUntil(lambda: guard.lock_dialog is not None, timeout=3000)
    dialog = guard.lock_dialog
    assert dialog is not None
    assert dialog.username == "officer"
    central = window.centralWidget()
    assert central is not None
    assert central.isHidden()  # nothing readable behind the lock
    dialog.password = "not my password"
    dialog.accept()
    assert dialog.message == "Wrong username or password."
    dialog.password = PASSWORD
    dialog.accept()
    assert guard.lock_dialog is None
    assert not central.isHidden()
    assert guard.timer.isActive()  # counting again
    assert services.accounts.session() == "Officer Test"


def test_attaching_again_leaves_one_guard(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.attach(services)
    qtbot.waitUntil(lambda: len(window.findChildren(AccountsGuard)) == 1)
    labels = window.statusBar().findChildren(QLabel, "signedInLabel")
    assert len(labels) == 1
    accounts = [a for a in window.findChildren(QAction) if a.text() == "&Accounts…"]
    assert accounts == [window.accounts_guard.accounts_action]


def test_tools_accounts_offers_the_first_administrator_then_signs_them_in(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, services)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AccountDialog)
        dialog.fill("ana", "Ana Admin", PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.accounts_guard.accounts_action.trigger()
    assert services.accounts.session() == "Ana Admin"
    assert window.accounts_guard.label.text() == "Signed in: Ana Admin (Administrator)"
    assert window.accounts_guard.timer.isActive()  # the idle lock is on from now


def test_dialogs_opened_later_hide_what_the_role_lacks(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    services.accounts.session.sign_in("supervisor", PASSWORD)
    window = _window(qtbot, services)
    trust = window.open_trust()
    qtbot.waitExposed(trust)
    assert not trust.audit.export_button.isHidden()  # supervisors export the audit trail
    assert not trust.erasure.erase_button.isHidden()
    assert trust.backups.back_up_button.isHidden()  # backups are the administrator's
    trust.close()


def test_a_windows_guard_leaves_other_windows_dialogs_alone(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    add_accounts(services)
    services.accounts.session.sign_in("viewer", PASSWORD)
    _window(qtbot, services)  # its guard watches every window the application shows
    stranger = QDialog()  # not one of this window's dialogs (another window's, or none)
    qtbot.addWidget(stranger)
    button = QPushButton("Back up now", stranger)
    button.setProperty("grant", "backups")
    stranger.show()
    qtbot.waitExposed(stranger)
    assert not button.isHidden()
