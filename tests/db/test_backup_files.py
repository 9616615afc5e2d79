"""Database copies: through the backup API, private, verified; a damaged file is named."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from diaspora_desk.db.backup_files import copy_database, integrity_problems, replace_database
from diaspora_desk.domain.errors import KnownError


def _database(path: Path, rows: int) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO item (name) VALUES (?)", [(f"item {i}",) for i in range(rows)])
    return path


def test_a_copy_is_private_and_sound(tmp_path: Path) -> None:
    source = _database(tmp_path / "a.sqlite", 50)
    target = tmp_path / "new" / "copy.sqlite"
    copy_database(source, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert integrity_problems(target, desk=True) == ()
    with pytest.raises(KnownError, match="already exists"):
        copy_database(source, target)


def test_damage_and_foreign_files_are_named(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 4096)
    assert integrity_problems(junk) != ()
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert integrity_problems(plain) == ()
    assert integrity_problems(plain, desk=True) == ("not a Diaspora Desk database",)


def test_replace_writes_the_backup_over_the_database(tmp_path: Path) -> None:
    backup = _database(tmp_path / "backup.sqlite", 3)
    live = _database(tmp_path / "live.sqlite", 9)
    replace_database(backup, live)
    with sqlite3.connect(live) as connection:
        assert connection.execute("SELECT count(*) FROM item").fetchone() == (3,)
