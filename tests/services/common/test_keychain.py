from __future__ import annotations

from pathlib import Path

from diaspora_desk.services.common import keychain
from tests.services.common.fake_keyring import FakeKeyring, installed, no_keyring


def test_a_remembered_passphrase_comes_back_for_its_database_only(tmp_path: Path) -> None:
    backend = FakeKeyring()
    with installed(backend):
        assert keychain.available()
        assert keychain.remember(tmp_path / "desk.sqlite", "a long passphrase")
        assert keychain.recall(tmp_path / "desk.sqlite") == "a long passphrase"
        assert keychain.recall(tmp_path / "other.sqlite") is None
        keychain.forget(tmp_path / "desk.sqlite")
        assert keychain.recall(tmp_path / "desk.sqlite") is None
        keychain.forget(tmp_path / "desk.sqlite")  # nothing left to forget: no error


def test_without_a_keyring_nothing_is_stored_and_it_says_so(tmp_path: Path) -> None:
    with installed(no_keyring()):
        assert not keychain.available()
        assert not keychain.remember(tmp_path / "desk.sqlite", "a long passphrase")
        assert keychain.recall(tmp_path / "desk.sqlite") is None
