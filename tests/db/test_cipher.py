from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from diaspora_desk.db import cipher
from diaspora_desk.db.engine import make_engine
from diaspora_desk.domain.errors import KnownError

PASSPHRASE = "correct horse battery staple"
NAME = "Quetzalinda Xocoyotl"  # made up; nothing real


def _write(path: Path) -> None:
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE person (name TEXT)")
            connection.exec_driver_sql(f"INSERT INTO person VALUES ('{NAME}')")
    finally:
        engine.dispose()


def _read(path: Path) -> list[str]:
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            return [str(r[0]) for r in connection.exec_driver_sql("SELECT name FROM person")]
    finally:
        engine.dispose()


def test_a_new_database_with_a_passphrase_is_encrypted_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE person (name TEXT)")
        connection.exec_driver_sql(f"INSERT INTO person VALUES ('{NAME}')")
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0  # the row is in the write-ahead log, still open
    for file in (path, wal):
        assert NAME.encode() not in file.read_bytes()
    engine.dispose()
    assert path.read_bytes()[:16] != cipher.HEADER
    assert cipher.is_encrypted(path)
    assert _read(path) == [NAME]


def test_the_file_opens_with_the_passphrase_in_any_sqlcipher(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    _write(path)
    other = sqlcipher.connect(str(path))  # SQLCipher's own key derivation, not our cached one
    try:
        other.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert other.execute("SELECT name FROM person").fetchall() == [(NAME,)]
    finally:
        other.close()


def test_a_wrong_passphrase_is_one_plain_error_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    _write(path)
    before = path.read_bytes()
    cipher.set_passphrase("not the passphrase at all")
    with pytest.raises(cipher.WrongPassphrase, match="does not open"):
        _read(path)
    assert path.read_bytes() == before
    assert not cipher.check_passphrase(path, "not the passphrase at all")
    assert cipher.check_passphrase(path, PASSPHRASE)


def test_an_encrypted_file_without_a_passphrase_asks_the_source_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    _write(path)
    cipher.set_passphrase(None)
    with pytest.raises(cipher.PassphraseNeeded):
        _read(path)
    asked: list[bool] = []

    def source(_path: Path, new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    cipher.set_passphrase_source(source)
    assert _read(path) == [NAME]
    assert _read(path) == [NAME]
    assert asked == [False]


def test_plaintext_databases_keep_opening_and_stay_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    _write(path)  # no passphrase known: the library's default makes it in plaintext
    cipher.set_passphrase(PASSPHRASE)
    assert _read(path) == [NAME]
    assert path.read_bytes()[:16] == cipher.HEADER


def test_encryption_required_refuses_a_new_database_without_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    cipher.new_database_policy(True)
    with pytest.raises(KnownError, match="--no-encryption"):
        _write(path)
    assert not path.exists()
    cipher.new_database_policy(False)
    cipher.set_passphrase(PASSPHRASE)
    _write(path)  # --no-encryption: plaintext even with a passphrase at hand
    assert path.read_bytes()[:16] == cipher.HEADER


def test_files_it_creates_are_private(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cipher.set_passphrase(PASSPHRASE)
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
    for suffix in ("", "-wal", "-shm"):
        assert stat.S_IMODE(Path(f"{path}{suffix}").stat().st_mode) == 0o600
    engine.dispose()


def test_text_files_and_zeros_are_not_taken_for_encrypted_databases(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("just some notes " * 64)
    zeros = tmp_path / "zeros.sqlite"
    zeros.write_bytes(b"\x00" * 4096)
    assert not cipher.is_encrypted(text)
    assert not cipher.is_encrypted(zeros)
    assert not cipher.is_encrypted(tmp_path / "missing.sqlite")
