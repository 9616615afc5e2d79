"""Database maintenance for ``diaspora-desk db``: upgrade, check, back up and restore a database file.

Each call opens the file itself and closes it before returning a frozen result; the CLI only
prints them. A file that does not exist is an error for check and backup (never a new database).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diaspora_desk.db import audit_chain, migrate
from diaspora_desk.db.engine import explain_database_error, make_read_only_engine
from diaspora_desk.db.schema_version import SCHEMA_HEAD
from diaspora_desk.domain.audit_chain import ChainStatus, verify_chain
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.services.common.backups import Backup, Restored, back_up_database, restore_database
from diaspora_desk.services.common.clock import SystemClock


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
    audit: ChainStatus | None = None  # None: the file's schema predates the audit chain

    @property
    def intact(self) -> bool:
        return self.integrity == ("ok",) and (self.audit is None or self.audit.intact)


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
    audit = _audit_status(path) if integrity == ("ok",) and not newer else None
    return Checked(path, integrity, current, migrate.head_revision(), newer=newer, audit=audit)


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


def _audit_status(path: Path) -> ChainStatus | None:
    """The audit chain walked over a read-only connection (None: this schema has no chain)."""
    immutable = not migrate.is_writable_folder(path.parent)  # as migrate.inspect_read_only does
    engine = make_read_only_engine(path, immutable=immutable)
    try:
        with engine.connect() as connection:
            return verify_audit_chain(connection)
    finally:
        engine.dispose()


def verify_audit_chain(connection: Any) -> ChainStatus | None:
    """Walk the audit trail's hash chain; None when the schema has no chain yet."""
    if not audit_chain.has_chain(connection):
        return None
    return verify_chain(audit_chain.chain_rows(connection), audit_chain.chain_head(connection))


def backup_database(path: Path, target: Path | None = None, officer: str = "") -> Backup:
    """Back the database up (audited first, verified after): to ``target``, or beside it, rotated.

    ``officer`` is the name the audit records (default: the one in Settings)."""
    path = _existing(path)
    database = migrate.open_database(path, migrate=False)
    try:
        return back_up_database(database, SystemClock(), target, officer)
    finally:
        database.dispose()


def restore_backup(backup: Path, path: Path) -> Restored:
    """Write a verified backup over the database at ``path``, its current content copied aside."""
    return restore_database(backup, _absolute(path))


def discard_database(path: Path) -> None:
    """Delete the database at ``path`` with its -wal, -shm and -journal files (a database this
    run created and could not finish: a half-built file must not pass for a database later)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
