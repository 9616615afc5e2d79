"""Backups are verified, private, audited and rotated; restore refuses a bad backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.common.backups import (
    BackupPolicy,
    BackupService,
    restore_database,
    rotating_backups,
)
from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.composition import Services

NOW = dt.datetime(2026, 11, 24, 9, 30)


def _people(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def _service(services: Services, moment: dt.datetime) -> BackupService:
    return BackupService(services.database, FixedClock(moment))


def test_a_backup_is_private_verified_audited_and_rotated(services: Services) -> None:
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    backups = _service(services, NOW)
    assert backups.status().overdue  # never backed up
    backups.set_policy(BackupPolicy(keep=2, warn_after_days=3))
    written = [_service(services, NOW + dt.timedelta(hours=h)).back_up() for h in range(3)]
    assert rotating_backups(services.database_path) == [w.path for w in written[1:]]
    assert written[2].removed == (written[0].path,)
    newest = written[2].path
    assert stat.S_IMODE(newest.stat().st_mode) == 0o600
    assert _people(newest) == 1
    with sqlite3.connect(newest) as connection:  # the backup holds the event that recorded it
        assert (
            connection.execute("SELECT count(*) FROM audit_event WHERE action = 'backup'").fetchone()[0] == 3
        )
    assert not _service(services, NOW + dt.timedelta(days=2)).status().overdue
    assert _service(services, NOW + dt.timedelta(days=4)).status().overdue


def test_automatic_backup_only_when_the_last_is_a_day_old(services: Services) -> None:
    assert _service(services, NOW).back_up_if_due() is not None
    assert _service(services, NOW + dt.timedelta(hours=5)).back_up_if_due() is None
    assert _service(services, NOW + dt.timedelta(days=1, hours=1)).back_up_if_due() is not None


def test_restore_refuses_a_damaged_backup_and_keeps_a_safety_copy(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    good = _service(services, NOW).back_up(tmp_path / "saved" / "good.sqlite").path
    assert stat.S_IMODE(good.parent.stat().st_mode) == 0o700
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Yod", country="US"))
    path = services.database_path
    services.close()

    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    damaged.write_bytes(bytes(data))
    with pytest.raises(KnownError, match="was not restored"):
        restore_database(damaged, path)
    assert _people(path) == 2

    restored = restore_database(good, path, FixedClock(NOW))
    assert _people(path) == 1
    assert restored.safety_copy is not None
    assert _people(restored.safety_copy) == 2
    assert stat.S_IMODE(restored.safety_copy.stat().st_mode) == 0o600


def test_restore_refuses_a_backup_whose_audit_was_tampered_with(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    backup = _service(services, NOW).back_up(tmp_path / "b.sqlite").path
    path = services.database_path
    services.close()
    with sqlite3.connect(backup) as connection:
        connection.execute("DELETE FROM audit_event WHERE id = 1")
    with pytest.raises(KnownError, match="audit trail is broken"):
        restore_database(backup, path)
