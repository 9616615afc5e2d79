from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.db import cipher, encryption
from diaspora_desk.domain.errors import KnownError
from tests.db.test_cipher import NAME, PASSPHRASE, _read, _write


def test_a_plaintext_database_is_encrypted_in_place_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    _write(path)
    backup = tmp_path / "before.sqlite"
    encryption.encrypt_in_place(path, PASSPHRASE, backup_to=backup)
    for file in (path, backup):
        data = file.read_bytes()
        assert data[:16] != cipher.HEADER
        assert NAME.encode() not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["before.sqlite", "desk.sqlite"]
    cipher.set_passphrase(PASSPHRASE)
    assert _read(path) == [NAME]
    assert _read(backup) == [NAME]


def test_an_encrypted_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    _write(path)
    before = path.read_bytes()
    with pytest.raises(KnownError, match="already encrypted"):
        encryption.encrypt_in_place(path, PASSPHRASE, backup_to=tmp_path / "b.sqlite")
    assert path.read_bytes() == before
    assert not (tmp_path / "b.sqlite").exists()


def test_a_new_passphrase_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    _write(path)
    encryption.change_passphrase(path, PASSPHRASE, "another long passphrase")
    assert not cipher.check_passphrase(path, PASSPHRASE)
    cipher.set_passphrase("another long passphrase")
    assert _read(path) == [NAME]
    with pytest.raises(cipher.WrongPassphrase):
        encryption.change_passphrase(path, PASSPHRASE, "a third long passphrase")
