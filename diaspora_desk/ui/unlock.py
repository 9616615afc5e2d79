"""The passphrase of the database, known before start-up reads it.

A plaintext file needs none and costs a read of its header: the dialog, the keyring and the
database code load only for a file that is encrypted (or new, when new files are encrypted).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.services.common import encryption

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def unlock(path: Path, parent: QWidget | None = None) -> bool:
    """Make the passphrase of ``path`` known before it is opened; False when the officer cancelled.

    A plaintext database, or a new one when ``--no-encryption`` was given, needs none.
    """
    if encryption.has_passphrase():  # from the command line (file or variable)
        if not encryption.is_encrypted(path) or encryption.opens(path):
            return True
        encryption.set_passphrase(None)  # it does not open this file: ask, as without one
    encrypted = encryption.is_encrypted(path)
    if not encrypted and not (_is_new(path) and encryption.current_new_policy() is not False):
        return True  # plaintext: nothing to ask (and the keyring is not even loaded)
    from diaspora_desk.services.common import keychain
    from diaspora_desk.ui.passphrase_dialog import PassphraseDialog

    if encrypted:
        remembered = keychain.recall(path)
        if remembered is not None:
            if encryption.check_passphrase(path, remembered):
                encryption.set_passphrase(remembered)
                return True
            keychain.forget(path)  # changed since: ask, and remember the new one if asked to
        dialog = PassphraseDialog(
            path, parent, new=False, check=lambda p: encryption.check_passphrase(path, p),
            keyring_available=keychain.available(),
        )  # fmt: skip
    else:
        dialog = PassphraseDialog(path, parent, new=True, keyring_available=keychain.available())
    if not dialog.exec():
        return False
    encryption.set_passphrase(dialog.passphrase)
    if dialog.remember:
        keychain.remember(path, dialog.passphrase)
    return True


def _is_new(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)
