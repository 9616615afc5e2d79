"""The sign-in dialog at start and the idle lock's dialog, driven as an officer would."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.accounts.sign_in_dialog import SignInDialog
from tests.services.accounts.people_scene import PASSWORD, add_accounts


def test_signing_in_acts_as_the_account(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    services.accounts.session.sign_out()
    dialog = SignInDialog(services.accounts.session)
    qtbot.addWidget(dialog)
    dialog.username, dialog.password = "officer", PASSWORD
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert services.accounts.session() == "Officer Test"
    assert dialog.password == ""  # not kept in the widget


def test_a_wrong_password_and_then_the_lockout_are_said_plainly(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    dialog = SignInDialog(services.accounts.session)
    qtbot.addWidget(dialog)
    dialog.username = "officer"
    for _ in range(4):
        dialog.password = "not my password"
        dialog.accept()
        assert dialog.message == "Wrong username or password."
    dialog.password = "not my password"
    dialog.accept()
    assert dialog.message == "Too many wrong passwords: this account is locked for 15 minutes."
    assert dialog.result() == 0  # still open


def test_the_lock_asks_the_same_officer_or_signs_out(qtbot: QtBot, services: Services) -> None:
    add_accounts(services)
    services.accounts.session.sign_in("supervisor", PASSWORD)
    dialog = SignInDialog(services.accounts.session, locked=True)
    qtbot.addWidget(dialog)
    assert dialog.username == "supervisor"
    assert dialog.username_edit.isReadOnly()
    dialog.reject()  # Escape does not get past the lock
    assert services.accounts.session.account is not None
    dialog.sign_out_button.click()
    assert dialog.signed_out
    assert services.accounts.session.account is None
