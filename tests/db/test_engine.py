"""SQLite connection settings, the single writer, network shares and plain error messages."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from diaspora_desk.db import engine as engine_module
from diaspora_desk.db.engine import explain_database_error
from diaspora_desk.db.filesystem import filesystem_type, is_network_path
from diaspora_desk.db.migrate import open_database
from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.composition import Services

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/consulate nfs4 rw,relatime 0 0
//fs/share /media/share\\040drive cifs rw 0 0
/dev/sdb1 /mnt/consulate/local ext4 rw 0 0
"""


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite")
    try:
        with database.engine.connect() as connection:
            values = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
    finally:
        database.dispose()
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/officer/desk.sqlite", "ext4"),
        ("/mnt/consulate/desk.sqlite", "nfs4"),
        ("/mnt/consulate/local/desk.sqlite", "ext4"),
        ("/media/share drive/desk.sqlite", "cifs"),
    ],
)
def test_filesystem_type_uses_the_longest_mount_point(path: str, expected: str) -> None:
    assert filesystem_type(Path(path), MOUNTS) == expected


def test_network_share_is_refused(tmp_path: Path) -> None:
    assert is_network_path(Path("/mnt/consulate/desk.sqlite"), MOUNTS)
    assert not is_network_path(Path("/mnt/consulate/local/desk.sqlite"), MOUNTS)
    assert is_network_path(Path("//server/share/desk.sqlite"))
    with pytest.raises(KnownError, match="network share"):
        engine_module.make_engine(Path("//server/share/desk.sqlite"))


def test_concurrent_writers_in_one_process_all_land(services: Services) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for n in range(5):
                services.associations.registry.create(
                    AssociationDraft(name=f"Writer {worker} group {n}", country="US", city="Fresno")
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with services.database.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM association")).scalar_one() == 20


def test_a_database_locked_by_another_program_gives_a_plain_message(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.database.dispose()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(services.database_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        locked = open_database(services.database_path, migrate=False)
        try:
            with pytest.raises(KnownError, match="locked"), locked.unit_of_work(write=True):
                pass
        finally:
            locked.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "disk is full"),
        ("database is locked", "locked"),
        ("file is not a database", "not a Diaspora Desk database"),
    ],
)
def test_environment_failures_are_explained(message: str, expected: str) -> None:
    explained = explain_database_error(sqlite3.OperationalError(message), Path("desk.sqlite"))
    assert explained is not None
    assert expected in str(explained)


def test_bugs_are_not_explained_away() -> None:
    assert explain_database_error(sqlite3.OperationalError("no such column: nmae")) is None


def test_a_file_that_is_not_a_database_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(KnownError, match="not a Diaspora Desk database"):
        open_database(path)
