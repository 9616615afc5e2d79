"""Backups and restore: verified copies through SQLite's backup API, rotated, audited first.

A backup is audited BEFORE the copy is written (so the copy holds its own audit event); the copy
is checked with ``PRAGMA integrity_check`` and removed when it fails. Backups written beside the
database (``NAME.YYYYmmdd-HHMMSS.backup.sqlite``) rotate: the newest ``keep`` stay. Restoring
refuses a damaged backup, one written by a newer version and one whose audit chain is broken,
and copies the current file aside first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db import audit_chain, migrate
from diaspora_desk.db.backup_files import copy_database, integrity_problems, replace_database
from diaspora_desk.db.engine import Database, make_read_only_engine
from diaspora_desk.db.schema_version import SCHEMA_HEAD
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.audit_chain import verify_chain
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock, SystemClock
from diaspora_desk.services.common.settings import OFFICER_NAME, read_setting, write_setting

KEEP_KEY = "backup_keep"
WARN_KEY = "backup_warn_days"
LAST_KEY = "backup_last_at"
DEFAULT_KEEP = 7
DEFAULT_WARN_DAYS = 7
# An automatic backup is taken at start when the last one is older than this.
AUTOMATIC_EVERY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many rotating backups stay, and after how many days without one the app warns."""

    keep: int = DEFAULT_KEEP
    warn_after_days: int = DEFAULT_WARN_DAYS


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """When the last backup was written (None: never) and whether it is overdue."""

    last: dt.datetime | None
    policy: BackupPolicy
    overdue: bool
    age_days: int | None = None  # whole days since the last backup


@dataclass(frozen=True, slots=True)
class Backup:
    """A verified backup and the older rotating backups removed to keep ``policy.keep``."""

    path: Path
    removed: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class Restored:
    """The database restored from ``backup``; its previous content is in ``safety_copy``."""

    path: Path
    backup: Path
    safety_copy: Path | None


def rotating_backups(path: Path) -> list[Path]:
    """The rotating backups beside the database at ``path``, oldest first."""
    return sorted(path.parent.glob(f"{path.stem}.*.backup.sqlite"))


def _stamped(path: Path, suffix: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target, counter = path.with_name(f"{path.stem}.{stamp}.{suffix}.sqlite"), 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.{stamp}-{counter}.{suffix}.sqlite")
    return target


def _chained(database: Database) -> bool:
    with database.engine.connect() as connection:
        return migrate.current_revision(connection) == SCHEMA_HEAD


def read_policy(database: Database) -> BackupPolicy:
    with database.unit_of_work() as uow:
        keep, warn = read_setting(uow.session, KEEP_KEY), read_setting(uow.session, WARN_KEY)
    return BackupPolicy(
        keep=int(keep) if keep.isdigit() and int(keep) > 0 else DEFAULT_KEEP,
        warn_after_days=int(warn) if warn.isdigit() and int(warn) > 0 else DEFAULT_WARN_DAYS,
    )


def back_up_database(
    database: Database, clock: Clock, target: Path | None = None, officer: str = ""
) -> Backup:
    """Audit, then copy and verify ``database``; without ``target``, rotate the backups beside it.

    ``officer`` is the name the audit records (default: the one in Settings)."""
    chained = _chained(database)
    destination = target.expanduser().absolute() if target else _stamped(database.path, "backup", clock.now())
    if destination.exists():
        raise KnownError(msg("{target} already exists; choose another file.", target=destination))
    if chained:
        with database.unit_of_work(write=True) as uow:
            record_event(
                uow.session,
                officer=officer or read_setting(uow.session, OFFICER_NAME),
                action=AuditAction.BACKUP,
                entity_type="database",
                entity_id=database.path.name,
                after={"file": str(destination)},
                at=clock.now(),
            )
            uow.commit()
    copy_database(database.path, destination)
    removed: tuple[Path, ...] = ()
    if chained:
        with database.unit_of_work(write=True) as uow:
            write_setting(uow.session, LAST_KEY, clock.now().isoformat(sep=" "))
            uow.commit()
        if target is None:
            removed = _rotate(database.path, read_policy(database).keep)
    return Backup(destination, removed)


def _rotate(path: Path, keep: int) -> tuple[Path, ...]:
    backups = rotating_backups(path)
    old = backups[: max(0, len(backups) - keep)]
    for stale in old:
        stale.unlink(missing_ok=True)
    return tuple(old)


def backup_status(database: Database, now: dt.datetime) -> BackupStatus:
    """The last backup's time (as recorded, else the newest rotating file's) and whether it is overdue."""
    policy = read_policy(database)
    with database.unit_of_work() as uow:
        recorded = read_setting(uow.session, LAST_KEY)
    last = dt.datetime.fromisoformat(recorded) if recorded else None
    files = rotating_backups(database.path)
    if last is None and files:  # backups written by an older version, which recorded none
        last = dt.datetime.fromtimestamp(files[-1].stat().st_mtime, dt.UTC).replace(tzinfo=None)
    overdue = last is None or now - last > dt.timedelta(days=policy.warn_after_days)
    return BackupStatus(last, policy, overdue, None if last is None else max(0, (now - last).days))


def _refusal(backup: Path) -> str | None:
    """Why ``backup`` must not be restored (damaged, newer, tampered audit); None when it may."""
    problems = integrity_problems(backup, desk=True)
    if problems:
        return "; ".join(problems)
    # Read-only and without the app's pragmas: checking a backup must not change it.
    engine = make_read_only_engine(backup)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            if revision is not None and revision > SCHEMA_HEAD:
                return f"it was written by a newer version (schema {revision})"
            if audit_chain.has_chain(connection):
                status = verify_chain(audit_chain.chain_rows(connection), audit_chain.chain_head(connection))
                if status.broken is not None:
                    return f"its audit trail is broken at event {status.broken.event_id}"
    finally:
        engine.dispose()
    return None


def restore_database(backup: Path, path: Path, clock: Clock | None = None) -> Restored:
    """Verify ``backup``, copy the database at ``path`` aside, then write the backup over it."""
    clock = clock or SystemClock()
    backup, path = backup.expanduser().absolute(), path.expanduser().absolute()
    if not backup.is_file():
        raise KnownError(msg("{backup} does not exist.", backup=backup))
    if backup == path:
        raise KnownError(msg("{backup} is the database itself; choose a backup file.", backup=backup))
    refusal = _refusal(backup)
    if refusal is not None:
        raise KnownError(
            msg(
                "{backup} was not restored: {reason}. The database was not changed.",
                backup=backup,
                reason=refusal,
            )
        )
    safety = None
    if path.exists() and path.stat().st_size > 0:
        safety = _stamped(path, "before-restore", clock.now())
        copy_database(path, safety)
    replace_database(backup, path)
    problems = integrity_problems(path, desk=True)
    if problems:
        raise KnownError(
            msg("The restored database failed its check: {problems}", problems="; ".join(problems))
        )
    _audit_restore(path, backup, clock)
    return Restored(path, backup, safety)


def _audit_restore(path: Path, backup: Path, clock: Clock) -> None:
    database = migrate.open_database(path, migrate=False)
    try:
        if _chained(database):
            with database.unit_of_work(write=True) as uow:
                record_event(
                    uow.session,
                    officer=read_setting(uow.session, OFFICER_NAME),
                    action=AuditAction.RESTORE_BACKUP,
                    entity_type="database",
                    entity_id=path.name,
                    after={"file": str(backup)},
                    at=clock.now(),
                )
                uow.commit()
    finally:
        database.engine.dispose()


class BackupService:
    """Backups of the open database for the app: back up now, automatically, and the warning."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str] | None = None) -> None:
        self._db = database
        self._clock = clock
        self._officer = officer

    def back_up(self, target: Path | None = None) -> Backup:
        """A backup asked for by the officer (grant ``backups``)."""
        self._require(Grant.BACKUPS)
        return self._back_up(target)

    def _require(self, grant: Grant) -> None:
        # services/accounts sits above common/: the signed-in object is reached through its method.
        check = getattr(self._officer, "require", None)
        if check is not None:
            check(grant)

    def _back_up(self, target: Path | None) -> Backup:
        officer = self._officer() if self._officer is not None else ""
        return back_up_database(self._db, self._clock, target, officer)

    def status(self) -> BackupStatus:
        return backup_status(self._db, self._clock.now())

    def back_up_if_due(self) -> Backup | None:
        """The automatic backup: one when the last is older than a day (or there is none)."""
        last = self.status().last
        if last is not None and self._clock.now() - last < AUTOMATIC_EVERY:
            return None
        return self._back_up(None)  # the automatic backup is the application's, not a grant

    def policy(self) -> BackupPolicy:
        return read_policy(self._db)

    def set_policy(self, policy: BackupPolicy) -> None:
        if policy.keep < 1 or policy.warn_after_days < 1:
            raise KnownError(msg("Keep at least one backup and warn after at least one day."))
        self._require(Grant.BACKUPS)
        with self._db.unit_of_work(write=True) as uow:
            write_setting(uow.session, KEEP_KEY, str(policy.keep))
            write_setting(uow.session, WARN_KEY, str(policy.warn_after_days))
            uow.commit()
