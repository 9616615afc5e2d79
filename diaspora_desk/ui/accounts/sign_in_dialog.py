"""Sign in at start, and the idle lock: the same officer's password again, or sign out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.ui.errors import error_message

if TYPE_CHECKING:
    from diaspora_desk.services.accounts.session import SignedIn


def tr(text: str) -> str:
    return QCoreApplication.translate("SignInDialog", text)


class SignInDialog(QDialog):
    """Username and password; a wrong one (or a lockout) is said under the fields.

    With ``locked=True`` it is the idle lock: the username is the signed-in officer's and
    cannot change; "Sign out" ends the dialog with `signed_out` set (the caller asks anyone
    to sign in then). Properties for tests: ``username``, ``password``, ``message``.
    """

    def __init__(self, session: SignedIn, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self._session = session
        self.signed_out = False
        self.setObjectName("lockDialog" if locked else "signInDialog")
        self.setWindowTitle(tr("Diaspora Desk is locked") if locked else tr("Sign in to Diaspora Desk"))
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a00;")
        form = QFormLayout()
        form.addRow(tr("Username"), self.username_edit)
        form.addRow(tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("&Unlock") if locked else tr("&Sign in")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        account = session.account
        if locked and account is not None:
            intro = tr("Locked after a time without use. {name}, type your password to go on.")
            layout.addWidget(QLabel(intro.format(name=account.display_name)))
            self.username_edit.setText(account.username)
            self.username_edit.setReadOnly(True)
            buttons.removeButton(buttons.button(QDialogButtonBox.StandardButton.Cancel))
            self.sign_out_button = QPushButton(tr("Sign &out"))
            buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
            self.password_edit.setFocus()
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self._locked = locked

    @property
    def username(self) -> str:
        return self.username_edit.text()

    @username.setter
    def username(self, value: str) -> None:
        self.username_edit.setText(value)

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @password.setter
    def password(self, value: str) -> None:
        self.password_edit.setText(value)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def accept(self) -> None:
        try:
            if self._locked:
                self._session.confirm(self.password)
            else:
                self._session.sign_in(self.username, self.password)
        except KnownError as exc:
            self.message_label.setText(error_message(exc, "sign in"))
            self.password_edit.clear()
            return
        self.password_edit.clear()
        super().accept()

    def reject(self) -> None:
        if self._locked and not self.signed_out:
            return  # Escape does not get past the lock: unlock or sign out
        super().reject()

    def _on_sign_out_clicked(self) -> None:
        self.signed_out = True
        self._session.sign_out()
        self.reject()
