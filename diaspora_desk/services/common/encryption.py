"""Encryption at rest, for the CLI and the window: the process's passphrase, whether a file is
encrypted, a passphrase check, ``db encrypt`` and ``db rekey``.

The key itself never leaves db/cipher.py; this module passes the passphrase through and adds
the verified backup that encrypting makes first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.db import cipher
from diaspora_desk.domain.errors import KnownError, msg

MIN_PASSPHRASE = cipher.MIN_PASSPHRASE
PassphraseSource = cipher.PassphraseSource
WrongPassphrase = cipher.WrongPassphrase
PassphraseNeeded = cipher.PassphraseNeeded
set_passphrase = cipher.set_passphrase
set_passphrase_source = cipher.set_passphrase_source
new_database_policy = cipher.new_database_policy
current_new_policy = cipher.current_new_policy
is_encrypted = cipher.is_encrypted
has_passphrase = cipher.has_passphrase
opens = cipher.opens


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why ``passphrase`` cannot be a new database's (too short, the two differ); None when it can."""
    if len(passphrase) < MIN_PASSPHRASE:
        return msg("The passphrase needs at least {n} characters.", n=MIN_PASSPHRASE)
    if passphrase != repeated:
        return msg("The two passphrases differ.")
    return None


def check_passphrase(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted database ``path`` (nothing is written)."""
    return cipher.check_passphrase(path.expanduser().absolute(), passphrase)


@dataclass(frozen=True, slots=True)
class Encrypted:
    """An encrypted database and its backup, encrypted too; ``plaintext_copies`` are older
    backups beside it, still readable without the passphrase (the officer should delete them)."""

    path: Path
    backup: Path
    plaintext_copies: tuple[Path, ...]


def encrypt_database(path: Path, passphrase: str) -> Encrypted:
    """Encrypt the plaintext database ``path`` in place with ``passphrase``, after a verified
    (encrypted) backup; refuses an encrypted file and a passphrase that is too short."""
    path = path.expanduser().absolute()
    if not path.is_file():
        raise KnownError(msg("{path} does not exist.", path=path))
    if len(passphrase) < MIN_PASSPHRASE:
        raise KnownError(msg("The passphrase needs at least {n} characters.", n=MIN_PASSPHRASE))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.{stamp}.before-encryption.sqlite")
    cipher.set_passphrase(passphrase)
    from diaspora_desk.db import encryption  # SQLAlchemy: not imported while the window starts

    encryption.encrypt_in_place(path, passphrase, backup_to=backup)
    copies = tuple(
        p
        for p in sorted(path.parent.glob(f"{path.stem}.*.sqlite"))
        if p != backup and not cipher.is_encrypted(p)
    )
    return Encrypted(path, backup, copies)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Give the encrypted database ``path`` the passphrase ``new`` (``old`` must open it)."""
    if len(new) < MIN_PASSPHRASE:
        raise KnownError(msg("The passphrase needs at least {n} characters.", n=MIN_PASSPHRASE))
    from diaspora_desk.db import encryption

    encryption.change_passphrase(path.expanduser().absolute(), old, new)
    cipher.set_passphrase(new)
