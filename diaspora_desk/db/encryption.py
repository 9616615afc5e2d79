"""Encrypt a plaintext database in place, and change an encrypted database's passphrase.

Encrypting writes an encrypted copy beside the file with ``sqlcipher_export``, checks it (SQLite's
integrity check and every table's row count against the original), then puts it in the
original's place with one atomic rename. The plaintext file is never written: a failure at any
step leaves it as it was and removes the copy.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from diaspora_desk.db import cipher
from diaspora_desk.db.backup_files import copy_database
from diaspora_desk.db.engine import explain_database_error
from diaspora_desk.domain.errors import KnownError, msg

COMPANIONS = ("-wal", "-shm", "-journal")


def _counts(connection: Any, schema: str) -> dict[str, int]:
    tables = [
        str(row[0])
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: int(connection.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]) for t in tables}


def _export(path: Path, target: Path, key: cipher.Key) -> None:
    plain = cipher.connect(path, key=None)
    try:
        plain.execute("PRAGMA busy_timeout = 10000")
        # Empty the WAL into the file first: nothing the export copies is left behind in it.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.raw.hex()}{key.salt.hex()}'")
        )
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = int(plain.execute("PRAGMA main.user_version").fetchone()[0])
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        before = _counts(plain, "main")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = cipher.connect(target, key=key)
    try:
        integrity = [str(row[0]) for row in check.execute("PRAGMA integrity_check")]
        after = _counts(check, "main")
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    if integrity != ["ok"] or after != before:
        raise KnownError(
            msg("The encrypted copy of {path} did not match it; nothing was changed.", path=path)
        )


def encrypt_in_place(path: Path, passphrase: str, *, backup_to: Path) -> None:
    """Replace the plaintext database ``path`` by an encrypted copy keyed from ``passphrase``;
    the verified copy is first backed up to ``backup_to`` (encrypted with the same key)."""
    if cipher.is_encrypted(path):
        raise KnownError(msg("{path} is already encrypted.", path=path))
    if not path.is_file() or path.stat().st_size == 0:
        raise KnownError(msg("{path} is not a database file.", path=path))
    target = path.with_name(path.name + ".encrypting")
    for suffix in ("", *COMPANIONS):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    cipher.private_file(target)
    key = cipher.new_key(passphrase)
    try:
        _export(path, target, key)
        copy_database(target, backup_to, key=key)
        os.replace(target, path)
    except cipher.Error as exc:
        raise explain_database_error(exc, path) or KnownError(
            msg("Could not encrypt {path}: {reason}", path=path, reason=str(exc))
        ) from None
    finally:
        for suffix in ("", *COMPANIONS):
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink()
    # The old file's write-ahead log (emptied above) must not be replayed into the new file.
    for suffix in COMPANIONS:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt the encrypted database ``path`` with a key from ``new`` (``old`` opens it)."""
    if not cipher.is_encrypted(path):
        raise KnownError(msg("{path} is not encrypted: encrypt it first (db encrypt).", path=path))
    with path.open("rb") as handle:
        salt = handle.read(cipher.SALT_BYTES)
    connection = cipher.connect(path, key=cipher.derive(old, salt))
    try:
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute(f"PRAGMA rekey = \"x'{cipher.derive(new, salt).raw.hex()}'\"")
    except cipher.Error as exc:
        raise explain_database_error(exc, path) or KnownError(
            msg("Could not change the passphrase of {path}: {reason}", path=path, reason=str(exc))
        ) from None
    finally:
        connection.close()
    cipher.connect(path, read_only=True, key=cipher.derive(new, salt)).close()
