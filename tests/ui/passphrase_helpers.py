"""An encrypted test database and an officer answering the passphrase dialog, for the tests of
the dialog and of start-up's unlocking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.common import encryption
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import open_services
from diaspora_desk.ui.passphrase_dialog import PassphraseDialog
from tests.database_copies import DatabaseCopies

PASSPHRASE = "a passphrase for tests only"


def encrypted_database(path: Path, database_copies: DatabaseCopies) -> Path:
    """An encrypted, configured database with one association at ``path`` (a copy of one made once
    for this process: the same salt each time, but no test compares two files)."""
    if not database_copies.place("encrypted-one-association", _make_encrypted, path):
        _make_encrypted(path)
    return path


def _make_encrypted(path: Path) -> None:
    encryption.set_passphrase(PASSPHRASE)
    services = open_services(path)
    services.settings.save(
        SetupDraft(
            origin_country="GT", officer_name="Test Officer", consulate_name="Test Consulate",
            consulate_country="US", consulate_city="Los Angeles", jurisdiction=("US-CA",),
        )
    )  # fmt: skip
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    services.close()
    encryption.set_passphrase(None)


def answer(fill: Callable[[PassphraseDialog], None], seen: list[PassphraseDialog] | None = None) -> None:
    """Fill in the next passphrase dialog once it is open, as an officer would."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, act)
            return
        if seen is not None:
            seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, act)


def give_the_passphrase(dialog: PassphraseDialog) -> None:
    dialog.passphrase = PASSPHRASE
    dialog.accept()
