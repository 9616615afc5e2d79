"""Database maintenance for ``diaspora-desk db``: upgrade, check and back up a database file.

Each call opens the file itself and closes it before returning a frozen result; the CLI only
prints them. A file that does not exist is an error for check and backup (never a new database).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db import migrate
from diaspora_desk.db.engine import explain_database_error
from diaspora_desk.db.schema_version import SCHEMA_HEAD
from diaspora_desk.domain.errors import KnownError, msg


@dataclass(frozen=True, slots=True)
class Upgraded:
    """The schema revision of ``path`` before and after the upgrade (None: empty)."""

    path: Path
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class Checked:
    """SQLite's integrity check of ``path`` and its schema revision against this version's."""

    path: Path
    integrity: tuple[str, ...]
    schema: str | None
    head: str
    newer: bool = False
    """The schema was written by a newer version of Diaspora Desk than this one."""

    @property
    def intact(self) -> bool:
        return self.integrity == ("ok",)


def _absolute(path: Path) -> Path:
    return path.expanduser().absolute()


def _existing(path: Path) -> Path:
    path = _absolute(path)
    if not path.exists():
        raise KnownError(msg("{path} does not exist.", path=path))
    return path


def upgrade_database(path: Path) -> Upgraded:
    """Create or upgrade the database at ``path`` to this version's schema (backing it up first)."""
    path = _absolute(path)
    with _explained(path):
        database = migrate.open_database(path, migrate=False)
        try:
            before, _head = migrate.schema_status(database)
        finally:
            database.dispose()
        database = migrate.open_database(path)
        try:
            after, _head = migrate.schema_status(database)
        finally:
            database.dispose()
    return Upgraded(path, before, after)


def check_database(path: Path) -> Checked:
    """Run SQLite's integrity check and read the schema revision, changing nothing (a database
    on a read-only disk is checked too)."""
    path = _existing(path)
    integrity, current = migrate.inspect_read_only(path)
    newer = current is not None and current != SCHEMA_HEAD and not migrate.known_revision(current)
    return Checked(path, integrity, current, migrate.head_revision(), newer=newer)


@contextmanager
def _explained(path: Path) -> Iterator[None]:
    """SQLite's environment failures (not a database, locked, full) as plain messages."""
    try:
        yield
    except KnownError:
        raise
    except Exception as exc:
        known = explain_database_error(exc, path)
        if known is None:
            raise
        raise known from None


def backup_database(path: Path) -> Path:
    """Copy the database beside itself (safe while it is open elsewhere); the copy's path."""
    return migrate.backup_database(_existing(path))


def discard_database(path: Path) -> None:
    """Delete the database at ``path`` with its -wal, -shm and -journal files (a database this
    run created and could not finish: a half-built file must not pass for a database later)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
