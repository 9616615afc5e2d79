"""The first administrator's dialog and the password dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.accounts import Role
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.accounts.account_dialog import AccountDialog, PasswordDialog
from tests.services.accounts.people_scene import PASSWORD


def test_the_first_account_is_an_administrator_and_its_creator_is_signed_in(
    qtbot: QtBot, services: Services
) -> None:
    dialog = AccountDialog(services.accounts.registry, first=True)
    qtbot.addWidget(dialog)
    assert not dialog.role_combo.isEnabled()
    dialog.fill("ana", "Ana Admin", PASSWORD)
    dialog.repeat_edit.setText("something else")
    dialog.accept()
    assert dialog.message == "The two passwords differ."
    dialog.fill("a", "", "short")
    dialog.accept()
    assert "Username: 2 to 64 letters" in dialog.message
    assert "Password: use at least 10 characters" in dialog.message
    dialog.fill("ana", "Ana Admin", PASSWORD)
    dialog.accept()
    assert dialog.created is not None
    assert dialog.created.role is Role.ADMINISTRATOR
    assert services.accounts.session() == "Ana Admin"


def test_the_password_dialog_wants_the_same_password_twice(qtbot: QtBot) -> None:
    dialog = PasswordDialog("New password", ask_old=True)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText("old one")
    dialog.password_edit.setText("new password 1")
    dialog.repeat_edit.setText("new password 2")
    dialog.accept()
    assert dialog.message_label.text() == "The two passwords differ."
    dialog.repeat_edit.setText("new password 1")
    dialog.accept()
    assert dialog.result() == 1
    assert (dialog.old_password, dialog.password) == ("old one", "new password 1")
