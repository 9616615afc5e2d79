"""The database passphrase: chosen for a new database (twice), or asked to open an encrypted one.

``unlock`` runs at start-up, before anything reads the file: the passphrase comes from the
command line, else from the keyring when the officer chose "remember", else from this dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.services.common import encryption


def _secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1000)
    return edit


class PassphraseDialog(QDialog):
    """Choose (``new``) or give the passphrase of ``path``; ``check`` tells whether a passphrase
    opens the file (the dialog stays open on a wrong one). No signals of its own."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        new: bool,
        check: Callable[[str], bool] | None = None,
        keyring_available: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._new = new
        self._check = check
        self.setWindowTitle(self.tr("Protect the database") if new else self.tr("Open the database"))
        self.passphrase_edit = _secret_edit()
        self.repeat_edit = _secret_edit()
        self.remember_box = QCheckBox(self.tr("Remember on this computer (in the system's keyring)"))
        # Imported here: start-up imports this module to check a plaintext file, never shown.
        from diaspora_desk.ui.widgets import ErrorLabel

        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro(path))
        if new:
            warning = QLabel(
                self.tr("A lost passphrase cannot be recovered: write it down and keep it somewhere safe.")
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: bold;")
            layout.addWidget(warning)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        if new:
            form.addRow(self.tr("Passphrase again"), self.repeat_edit)
        layout.addLayout(form)
        layout.addWidget(self.remember_box)
        if not keyring_available:
            self.remember_box.setEnabled(False)
            note = QLabel(
                self.tr("No keyring on this computer: the passphrase will be asked at every start.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _intro(self, path: Path) -> QLabel:
        if self._new:
            text = self.tr(
                "The database {path} will be encrypted with a passphrase of at least {n} characters. "
                "Without the passphrase nobody can read it, not even you."
            ).format(path=path, n=encryption.MIN_PASSPHRASE)
        else:
            text = self.tr("The database {path} is encrypted. Enter its passphrase.").format(path=path)
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    @property
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    @passphrase.setter
    def passphrase(self, value: str) -> None:
        self.passphrase_edit.setText(value)

    @property
    def repeated(self) -> str:
        return self.repeat_edit.text()

    @repeated.setter
    def repeated(self, value: str) -> None:
        self.repeat_edit.setText(value)

    @property
    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    @remember.setter
    def remember(self, value: bool) -> None:
        self.remember_box.setChecked(value)

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.show_message(problem)
            self.passphrase_edit.setFocus()
            return
        super().accept()

    def _problem(self) -> str:
        if self._new:
            if len(self.passphrase) < encryption.MIN_PASSPHRASE:
                return self.tr("The passphrase needs at least {n} characters.").format(
                    n=encryption.MIN_PASSPHRASE
                )
            if self.passphrase != self.repeated:
                return self.tr("The two passphrases differ.")
            return ""
        if self._check is not None and not self._check(self.passphrase):
            self.passphrase_edit.clear()
            return self.tr("This passphrase does not open the database. Nothing was changed; try again.")
        return ""


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
