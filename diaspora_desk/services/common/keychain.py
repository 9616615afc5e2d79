"""A database's passphrase remembered in the operating system's keyring (``keyring``): the
Windows Credential Manager, the macOS Keychain, the Secret Service on Linux desktops.

Only when the officer asks for it. Without a usable keyring (a server, a bare session) nothing
is stored and ``available()`` says so: the passphrase is then asked at every start.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors

SERVICE = "Diaspora Desk"


def _account(path: Path) -> str:
    return str(path.expanduser().absolute())


def available() -> bool:
    """Whether a keyring backend that stores secrets is there."""
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def remember(path: Path, passphrase: str) -> bool:
    """Keep the passphrase of ``path`` in the keyring; False when there is none to keep it."""
    if not available():
        return False
    try:
        keyring.set_password(SERVICE, _account(path), passphrase)
    except keyring.errors.KeyringError as exc:
        logging.getLogger(__name__).info("keyring refused the passphrase: %s", exc)
        return False
    return True


def recall(path: Path) -> str | None:
    """The remembered passphrase of ``path``, or None."""
    if not available():
        return None
    try:
        return keyring.get_password(SERVICE, _account(path))
    except keyring.errors.KeyringError as exc:
        logging.getLogger(__name__).info("keyring unreadable: %s", exc)
        return None


def forget(path: Path) -> None:
    """Remove the remembered passphrase of ``path`` (a wrong one, or the officer's choice)."""
    if not available():
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # nothing remembered
        keyring.delete_password(SERVICE, _account(path))
