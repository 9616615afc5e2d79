"""The database passphrase: chosen for a new database (twice), or asked to open an encrypted one.

Start-up asks through :func:`diaspora_desk.ui.unlock.unlock`, when neither the command line nor
the keyring (the officer chose "remember") gives a passphrase that opens the file.
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
