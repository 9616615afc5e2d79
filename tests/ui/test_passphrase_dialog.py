from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.common import encryption, keychain
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import open_services
from diaspora_desk.ui.launch import start_window
from diaspora_desk.ui.passphrase_dialog import PassphraseDialog, unlock
from tests.database_copies import DatabaseCopies
from tests.fresh_interpreter import run_python
from tests.services.common.fake_keyring import FakeKeyring, installed, no_keyring

PASSPHRASE = "a passphrase for tests only"


@pytest.fixture
def encrypted(tmp_path: Path, database_copies: DatabaseCopies) -> Path:
    """An encrypted, configured database with one association (a copy of one made once for this
    process: the same salt each time, but no test here compares two files)."""
    path = tmp_path / "desk.sqlite"
    if not database_copies.place("encrypted-one-association", _make_encrypted, path):
        _make_encrypted(path)
    return path


def _make_encrypted(path: Path) -> None:
    encryption.set_passphrase(PASSPHRASE)
    services = open_services(path)
    services.settings.save(
        SetupDraft(
            origin_country="GT", officer_name="Test Officer", consulate_name="Test Consulate",
            consulate_country="US", consulate_city="Los Angeles", jurisdiction=("US-CA",),
        )
    )  # fmt: skip
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    services.close()
    encryption.set_passphrase(None)


def answer(fill: Callable[[PassphraseDialog], None], seen: list[PassphraseDialog] | None = None) -> None:
    """Fill in the next passphrase dialog once it is open, as an officer would."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, act)
            return
        if seen is not None:
            seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, act)


def give_the_passphrase(dialog: PassphraseDialog) -> None:
    dialog.passphrase = PASSPHRASE
    dialog.accept()


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


def test_remember_keeps_it_in_the_keyring_and_the_next_start_asks_nothing(
    qtbot: QtBot, encrypted: Path
) -> None:
    backend = FakeKeyring()
    with installed(backend):

        def give(dialog: PassphraseDialog) -> None:
            dialog.passphrase = PASSPHRASE
            dialog.remember = True
            dialog.accept()

        answer(give)
        assert unlock(encrypted)
        assert backend.secrets == {(keychain.SERVICE, str(encrypted)): PASSPHRASE}
        encryption.set_passphrase(None)
        assert unlock(encrypted)  # no dialog: nothing answers one, and it would wait forever
        services = open_services(encrypted)
        services.close()


def test_a_remembered_passphrase_that_no_longer_opens_is_forgotten(qtbot: QtBot, encrypted: Path) -> None:
    backend = FakeKeyring()
    backend.set_password(keychain.SERVICE, str(encrypted), "an older passphrase")
    with installed(backend):
        seen: list[PassphraseDialog] = []
        answer(give_the_passphrase, seen)
        assert unlock(encrypted)
        assert len(seen) == 1
        assert backend.secrets == {}


def test_without_a_keyring_the_dialog_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    with installed(no_keyring()):
        seen: list[PassphraseDialog] = []
        answer(lambda d: d.reject(), seen)
        assert not unlock(tmp_path / "new.sqlite")  # cancelled: the application ends
    dialog = seen[0]
    assert not dialog.remember_box.isEnabled()
    assert not dialog.remember


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


def test_a_wrong_passphrase_from_the_command_line_is_asked_again(qtbot: QtBot, encrypted: Path) -> None:
    encryption.set_passphrase("not the right passphrase")
    with installed(no_keyring()):
        seen: list[PassphraseDialog] = []
        answer(give_the_passphrase, seen)
        assert unlock(encrypted)
    assert len(seen) == 1
    assert encryption.opens(encrypted)


def test_a_plaintext_database_opens_without_loading_the_database_code_or_keyring(tmp_path: Path) -> None:
    """Start-up checks the passphrase before the first rows show: for a plaintext file that check
    must not pull in SQLAlchemy (about half a second) or the keyring."""
    import sqlite3

    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (x)")
    code = (
        "import sys; from pathlib import Path;"
        "from diaspora_desk.ui.passphrase_dialog import unlock;"
        f"assert unlock(Path({str(plain)!r}));"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'keyring'}))"
    )
    output = run_python(code, tmp_path)
    assert output.strip() == "[]"
