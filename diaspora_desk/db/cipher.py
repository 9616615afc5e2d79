"""Every connection to a database file opens here: SQLCipher's SQLite (``sqlcipher3``), keyed first.

A database is encrypted with a key derived from the officer's passphrase by SQLCipher's own
KDF (PBKDF2-HMAC-SHA512, 256,000 rounds, the file's 16-byte salt): the file opens with the
passphrase in any SQLCipher 4 tool. The derivation costs about 0.2 s, so it runs once per
process and file salt here, and each new connection is keyed with the derived raw key.

The passphrase of the process is set once (``set_passphrase``) or asked for when first needed
(``set_passphrase_source``); it is kept in memory only. Plaintext databases keep opening
unkeyed. A new database is encrypted when a passphrase is known; without one it is refused when
``new_database_policy(True)`` (the CLI without ``--no-encryption``), else created in plaintext.
Files created here are private to the user (0600), and SQLite gives the -wal and -shm files the
mode of the database file.
"""

from __future__ import annotations

import contextlib
import os
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3.dbapi2 as sqlite

from diaspora_desk.domain.errors import KnownError, msg

dbapi: Any = sqlite
"""The DB-API module of every connection (for SQLAlchemy's ``module=`` and for its errors)."""
Error: type[Exception] = sqlite.Error
DatabaseError: type[Exception] = sqlite.DatabaseError

HEADER = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default: the file opens with the passphrase elsewhere too
SALT_BYTES = 16
MIN_PAGE = 512  # every database file is a whole number of pages of at least this size
MIN_PASSPHRASE = 10
PRIVATE_FILE = 0o600

# (path, new database) -> the passphrase, or None when there is none to give.
PassphraseSource = Callable[[Path, bool], str | None]


class WrongPassphrase(KnownError):
    """The passphrase does not open the file (nothing was written to it)."""


class PassphraseNeeded(KnownError):
    """The file is encrypted (or a new one must be) and no passphrase was given."""


@dataclass(frozen=True, slots=True)
class Key:
    """A derived SQLCipher key and the salt of the file it opens."""

    raw: bytes
    salt: bytes

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.raw.hex()}{self.salt.hex()}'\""


class _Keys:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.passphrase: str | None = None
        self.source: PassphraseSource | None = None
        self.new_policy: bool | None = None  # True: must encrypt; False: plaintext; None: as can
        self.derived: dict[tuple[str, bytes], bytes] = {}
        self.pending: dict[Path, Key] = {}  # new files not written yet: every connection, one salt


_KEYS = _Keys()


def set_passphrase(passphrase: str | None) -> None:
    """The passphrase of this process's databases (None: none known)."""
    with _KEYS.lock:
        _KEYS.passphrase = passphrase or None
        _KEYS.pending.clear()


def set_passphrase_source(source: PassphraseSource | None) -> None:
    """Asked once for the passphrase when a file needs one and none is set."""
    with _KEYS.lock:
        _KEYS.source = source


def new_database_policy(encrypt: bool | None) -> None:
    """New databases: True, encrypted (refused when no passphrase is known); False, plaintext;
    None (the default), encrypted when a passphrase is known, else plaintext."""
    with _KEYS.lock:
        _KEYS.new_policy = encrypt


def has_passphrase() -> bool:
    with _KEYS.lock:
        return _KEYS.passphrase is not None


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like a SQLCipher database: whole pages, and a random salt where a
    plaintext database has its header (a text file or a run of zeros is no database at all)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(HEADER))
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    text = all(32 <= byte < 127 or byte in b"\t\r\n" for byte in head)
    return size >= MIN_PAGE and size % MIN_PAGE == 0 and head != HEADER and len(set(head)) > 4 and not text


def derive(passphrase: str, salt: bytes) -> Key:
    """SQLCipher 4's key for ``passphrase`` and ``salt`` (cached for the process)."""
    with _KEYS.lock:
        raw = _KEYS.derived.get((passphrase, salt))
        if raw is None:
            import hashlib  # here: loading OpenSSL's hashes is not needed to read a plaintext file

            raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
            _KEYS.derived[(passphrase, salt)] = raw
    return Key(raw, salt)


def new_key(passphrase: str) -> Key:
    return derive(passphrase, os.urandom(SALT_BYTES))


def _passphrase(path: Path, *, new: bool) -> str | None:
    with _KEYS.lock:
        if _KEYS.passphrase is None and _KEYS.source is not None:
            _KEYS.passphrase = _KEYS.source(path, new) or None
        return _KEYS.passphrase


def key_for(path: Path, *, create: bool = True) -> Key | None:
    """The key that opens ``path`` (None: plaintext). A missing or empty file is a new database
    when ``create``: keyed when a passphrase is known, else refused if encryption is required."""
    path = path.absolute()
    if is_encrypted(path):
        passphrase = _passphrase(path, new=False)
        if passphrase is None:
            raise PassphraseNeeded(
                msg("{path} is encrypted, or is not a database: give its passphrase "
                    "(--passphrase-file FILE, or the DIASPORA_DESK_PASSPHRASE variable).", path=path)
            )  # fmt: skip
        with path.open("rb") as handle:
            return derive(passphrase, handle.read(SALT_BYTES))
    exists = path.is_file() and path.stat().st_size > 0
    if exists or not create:
        return None
    with _KEYS.lock:
        pending = _KEYS.pending.get(path)
        if pending is not None:
            return pending
        if _KEYS.new_policy is False:
            return None
        passphrase = _passphrase(path, new=True)
        if passphrase is None:
            if _KEYS.new_policy:
                raise PassphraseNeeded(
                    msg("{path} would be a new database without encryption. Give a passphrase "
                        "(--passphrase-file FILE, or the DIASPORA_DESK_PASSPHRASE variable), or "
                        "add --no-encryption to create it in plaintext.", path=path)
                )  # fmt: skip
            return None
        key = new_key(passphrase)
        _KEYS.pending[path] = key
        return key


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by the user only, unless it exists."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(handle)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)  # O_CREAT's mode passes through the umask


AUTO: Any = object()
"""``connect``'s default key: the file's own."""


def connect(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 5.0,
    key: Key | None = AUTO,
    check_same_thread: bool = True,
) -> Any:
    """A connection to the database file ``path``, keyed first when it is encrypted.

    ``key`` defaults to the file's own (``key_for``); pass one to key a new file like another
    (a backup), or None for plaintext. A wrong key raises ``WrongPassphrase`` before anything
    is written.
    """
    path = path.absolute()
    if key is AUTO:
        key = key_for(path, create=not read_only)
    if read_only:
        query = "mode=ro" + ("&immutable=1" if immutable else "")
        target, uri = f"file:{urllib.parse.quote(str(path))}?{query}", True
    else:
        if not path.exists():
            private_file(path)
        target, uri = str(path), False
    connection = sqlite.connect(target, uri=uri, timeout=timeout, check_same_thread=check_same_thread)
    try:
        if key is not None:
            connection.execute(key.pragma())  # the key before any other statement
            connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key: our message only
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite.DatabaseError as exc:
        connection.close()
        if key is not None and "not a database" in str(exc):
            raise WrongPassphrase(
                msg("The passphrase does not open {path}. Nothing was changed; try again.", path=path)
            ) from None
        raise
    return connection


def connect_memory() -> Any:
    """An in-memory database (scratch work, benchmarks)."""
    return sqlite.connect(":memory:")


def check_passphrase(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path`` (read-only, nothing written)."""
    with path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    try:
        connect(path, read_only=True, key=derive(passphrase, salt)).close()
    except WrongPassphrase:
        with _KEYS.lock:
            _KEYS.derived.pop((passphrase, salt), None)
        return False
    return True


def current_new_policy() -> bool | None:
    """The policy ``new_database_policy`` set (None: the default)."""
    with _KEYS.lock:
        return _KEYS.new_policy


Connection: TypeAlias = Any
"""A DB-API connection of ``sqlcipher3`` (it ships no type information)."""


def opens(path: Path) -> bool:
    """Whether the process's passphrase opens the encrypted file ``path`` (read-only)."""
    try:
        connect(path.absolute(), read_only=True).close()
    except (WrongPassphrase, PassphraseNeeded):
        return False
    return True
