"""``diaspora-desk db``'s service: upgrade old files, check them without change, back them up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from diaspora_desk.db import migrate
from diaspora_desk.db.migrate import head_revision
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.common.maintenance import backup_database, check_database, upgrade_database

SCHEMA_0001 = Path(__file__).resolve().parents[2] / "data" / "schema_0001.sqlite"


def test_an_old_file_is_checked_as_it_is_then_upgraded_to_this_version(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA_0001, path)
    checked = check_database(path)
    assert checked.intact
    assert (checked.schema, checked.head) == ("0001", head_revision())
    upgraded = upgrade_database(path)
    assert (upgraded.path, upgraded.before, upgraded.after) == (path, "0001", head_revision())
    assert check_database(path).schema == head_revision()
    again = upgrade_database(path)
    assert again.before == again.after == head_revision()


def test_upgrade_creates_a_missing_database_but_check_and_backup_refuse_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    for action in (check_database, backup_database):
        with pytest.raises(KnownError, match=r"missing\.sqlite does not exist"):
            action(missing)
        assert not missing.exists()
    upgraded = upgrade_database(missing)
    assert (upgraded.before, upgraded.after) == (None, head_revision())


def test_a_file_that_is_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all, just some text long enough to be read" * 20)
    with pytest.raises(KnownError, match="not a Diaspora Desk database"):
        check_database(path)


def test_backup_is_a_full_copy_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copy(SCHEMA_0001, path)
    copy = backup_database(path).path
    assert copy.parent == path.parent
    assert copy != path
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM association").fetchone() == (12,)


def test_upgrading_a_file_that_is_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all, just some text long enough to be read" * 20)
    with pytest.raises(KnownError, match="not a Diaspora Desk database"):
        upgrade_database(path)


def test_a_schema_from_a_newer_version_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copy(SCHEMA_0001, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    checked = check_database(path)
    assert (checked.schema, checked.newer) == ("0999", True)
    old = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA_0001, old)
    assert check_database(old).newer is False


def test_a_database_on_a_read_only_disk_is_checked_without_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    upgrade_database(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(migrate, "is_writable_folder", lambda _folder: False)  # a read-only mount
    checked = check_database(path)
    assert (checked.intact, checked.schema) == (True, head_revision())
    assert sorted(p.name for p in tmp_path.iterdir()) == before
