"""Database file copies through SQLite's online backup API, verified after writing.

Copies are private to the user (0600; a folder made for them 0700): a backup holds the same
personal data as the database. A copy of an encrypted database is encrypted with the same key
(and salt): it opens with the same passphrase.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from diaspora_desk.db import cipher
from diaspora_desk.db.engine import explain_database_error
from diaspora_desk.domain.errors import KnownError, message_of, msg

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by the user only."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as exc:
        raise KnownError(
            msg("Cannot create the folder {folder}: {reason}", folder=folder, reason=exc.strerror)
        ) from None


def _private_empty_file(target: Path) -> None:
    private_folder(target.parent)
    try:
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        raise KnownError(msg("{target} already exists; choose another file.", target=target)) from None
    except OSError as exc:
        raise KnownError(
            msg("Could not write the backup {target}: {reason}", target=target, reason=exc.strerror)
        ) from None
    os.close(handle)
    with contextlib.suppress(OSError):
        os.chmod(target, PRIVATE_FILE)  # O_CREAT's mode is filtered by the umask on some systems


def integrity_problems(
    path: Path, *, desk: bool = False, key: cipher.Key | None = cipher.AUTO
) -> tuple[str, ...]:
    """SQLite's integrity check of the file at ``path``, read-only; () when it is sound. With
    ``desk``, a sound file that is not a Diaspora Desk database is a problem too. An encrypted
    file is read with the process's passphrase (``WrongPassphrase`` when it does not open it)."""
    try:
        connection = cipher.connect(path, read_only=True, key=key)
        try:
            rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check")]
            known = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
        finally:
            connection.close()
    except cipher.Error as exc:
        return (str(exc),)
    except KnownError as exc:  # encrypted, and no passphrase or another one
        return (message_of(exc),)
    if rows != ["ok"]:
        return tuple(rows[:10])
    return () if known or not desk else ("not a Diaspora Desk database",)


def copy_database(source: Path, target: Path, *, key: cipher.Key | None = cipher.AUTO) -> None:
    """Copy ``source`` to the new file ``target`` (safe while ``source`` is open), then verify it.
    The copy has the key of ``source`` (``key`` when given)."""
    _private_empty_file(target)
    try:
        if key is cipher.AUTO:
            key = cipher.key_for(source, create=False)
        origin = cipher.connect(source, key=key)
        try:
            dest = cipher.connect(target, key=key)
            try:
                origin.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                dest.close()
        finally:
            origin.close()
    except (cipher.Error, KnownError) as exc:
        target.unlink(missing_ok=True)
        if isinstance(exc, KnownError):
            raise
        raise explain_database_error(exc, source) or KnownError(
            msg("Could not back up {path}: {reason}", path=source, reason=str(exc))
        ) from None
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise KnownError(
            msg("Could not write the backup {target}: {reason}", target=target, reason=exc.strerror)
        ) from None
    problems = integrity_problems(target, key=key)
    if problems:
        target.unlink(missing_ok=True)
        raise KnownError(
            msg("The backup {target} failed its check ({problems}); it was removed.", target=target,
                problems="; ".join(problems))
        )  # fmt: skip


def replace_database(backup: Path, path: Path) -> None:
    """Write the pages of ``backup`` over the database at ``path`` (one transaction, WAL-safe)."""
    try:
        origin = cipher.connect(backup, read_only=True)
        try:
            dest = cipher.connect(path, key=cipher.key_for(path, create=False))
            try:
                dest.execute("PRAGMA busy_timeout = 10000")
                origin.backup(dest)
            finally:
                dest.close()
        finally:
            origin.close()
    except cipher.Error as exc:
        raise explain_database_error(exc, path) or KnownError(
            msg("Could not restore {path}: {reason}", path=path, reason=str(exc))
        ) from None
