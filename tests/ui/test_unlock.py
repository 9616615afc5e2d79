from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diaspora_desk.services.common import encryption, keychain
from diaspora_desk.services.composition import open_services
from diaspora_desk.ui.passphrase_dialog import PassphraseDialog
from diaspora_desk.ui.unlock import unlock
from tests.database_copies import DatabaseCopies
from tests.fresh_interpreter import run_python
from tests.services.common.fake_keyring import FakeKeyring, installed, no_keyring
from tests.ui.passphrase_helpers import PASSPHRASE, answer, encrypted_database, give_the_passphrase


@pytest.fixture
def encrypted(tmp_path: Path, database_copies: DatabaseCopies) -> Path:
    return encrypted_database(tmp_path / "desk.sqlite", database_copies)


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
    must not pull in SQLAlchemy (about half a second), the keyring or the dialog's widgets."""
    import sqlite3

    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (x)")
    code = (
        "import sys; from pathlib import Path;"
        "from diaspora_desk.ui.unlock import unlock;"
        f"assert unlock(Path({str(plain)!r}));"
        "loaded = {m.split('.')[0] for m in sys.modules} | set(sys.modules);"
        "print(sorted(loaded & {'sqlalchemy', 'alembic', 'keyring', 'diaspora_desk.ui.passphrase_dialog'}))"
    )
    output = run_python(code, tmp_path)
    assert output.strip() == "[]"
