"""The notice on a plaintext database, with its offer: encrypt it now (``db encrypt`` in the window).

The database closes, is encrypted in place after a verified backup, and opens again encrypted;
a failure leaves it in plaintext and open again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton

from diaspora_desk.services.common import encryption, keychain
from diaspora_desk.ui.errors import error_message
from diaspora_desk.ui.passphrase_dialog import PassphraseDialog
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services
    from diaspora_desk.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class _Outcome:
    services: Services
    done: encryption.Encrypted | None
    error: BaseException | None


def offer_encryption(window: MainWindow, services: Services) -> QPushButton | None:
    """A button in the status bar when the open database is in plaintext (None when encrypted)."""
    if encryption.is_encrypted(services.database_path):
        return None
    button = QPushButton("⚠ " + window.tr("Not encrypted: encrypt…"))
    button.setObjectName("encryptButton")
    button.setFlat(True)
    button.setStyleSheet("color: #9a2a00;")
    button.setToolTip(
        window.tr("Anyone who copies this database file can read it. Encrypt it with a passphrase.")
    )
    window.statusBar().addPermanentWidget(button)

    def clicked() -> None:
        current = window.services
        if current is not None:
            ask_and_encrypt(window, current, button)

    button.clicked.connect(clicked)
    return button


def ask_and_encrypt(
    window: MainWindow, services: Services, button: QPushButton | None = None
) -> Task[_Outcome] | None:
    """Ask for a new passphrase, then encrypt the open database on a worker thread."""
    path = services.database_path
    dialog = PassphraseDialog(path, window, new=True, keyring_available=keychain.available())
    if not dialog.exec():
        return None
    passphrase, remember = dialog.passphrase, dialog.remember
    return encrypt_open_database(window, services, passphrase, remember=remember, button=button)


def encrypt_open_database(
    window: MainWindow, services: Services, passphrase: str, *, remember: bool = False,
    button: QPushButton | None = None,
) -> Task[_Outcome]:  # fmt: skip
    """Close ``services``, encrypt their database with ``passphrase``, open it again in ``window``."""
    from diaspora_desk.services.composition import open_services

    path = services.database_path

    def work(_context: TaskContext) -> _Outcome:
        services.close()
        try:
            done = encryption.encrypt_database(path, passphrase)
        except Exception as exc:
            return _Outcome(open_services(path), None, exc)
        if remember:
            keychain.remember(path, passphrase)
        return _Outcome(open_services(path), done, None)

    def finished(outcome: _Outcome) -> None:
        window.attach(outcome.services)
        if outcome.error is not None:
            QMessageBox.warning(window, "Diaspora Desk", error_message(outcome.error, "encrypt the database"))
            return
        if button is not None:
            window.statusBar().removeWidget(button)
            button.deleteLater()
        assert outcome.done is not None
        window.statusBar().showMessage(
            window.tr("The database is encrypted. Backup: {path}").format(path=outcome.done.backup), 15_000
        )

    return run_task(window, window.tr("Encrypting the database…"), work, finished, cancellable=False)
