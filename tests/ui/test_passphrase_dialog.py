from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.services.common import encryption
from diaspora_desk.ui.launch import start_window
from diaspora_desk.ui.passphrase_dialog import PassphraseDialog
from tests.database_copies import DatabaseCopies
from tests.services.common.fake_keyring import installed, no_keyring
from tests.ui.passphrase_helpers import PASSPHRASE, answer, encrypted_database, give_the_passphrase


@pytest.fixture
def encrypted(tmp_path: Path, database_copies: DatabaseCopies) -> Path:
    return encrypted_database(tmp_path / "desk.sqlite", database_copies)


def test_a_new_passphrase_is_asked_twice_and_long_enough(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "new.sqlite", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("cannot be recovered" in label.text() for label in dialog.findChildren(QLabel))
    dialog.passphrase, dialog.repeated = "short", "short"
    dialog.accept()
    assert dialog.isVisible()
    assert "at least 10 characters" in dialog.error.text()
    dialog.passphrase, dialog.repeated = PASSPHRASE, PASSPHRASE + "!"
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.repeated = PASSPHRASE
    dialog.accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_a_wrong_passphrase_asks_again_and_changes_nothing(qtbot: QtBot, encrypted: Path) -> None:
    before = encrypted.read_bytes()
    dialog = PassphraseDialog(encrypted, new=False, check=lambda p: encryption.check_passphrase(encrypted, p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase = "not the right passphrase"
    dialog.accept()
    assert dialog.isVisible()
    assert "does not open the database" in dialog.error.text()
    assert dialog.passphrase == ""
    assert encrypted.read_bytes() == before
    dialog.passphrase = PASSPHRASE
    dialog.accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_the_window_opens_an_encrypted_database_after_the_passphrase(
    qtbot: QtBot, encrypted: Path, tmp_path: Path
) -> None:
    with installed(no_keyring()):
        answer(give_the_passphrase)
        window = start_window(encrypted)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=60_000):
            pass
    assert window.associations.model.rowCount() == 1
    assert window.findChild(QPushButton, "encryptButton") is None  # no offer: it is encrypted
