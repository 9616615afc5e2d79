"""A new officer account (the first administrator too), and a new password for one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.accounts import ROLE_LABELS, AccountRecord, Role
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.ui.errors import error_message, translated

if TYPE_CHECKING:
    from diaspora_desk.services.accounts.registry import AccountService


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountDialog", text)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00;")
    return label


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AccountDialog(QDialog):
    """Username, name shown in the audit, role, password twice. ``first`` fixes the role to
    administrator (the first account of a database). ``created`` holds the new account."""

    def __init__(
        self, registry: AccountService, parent: QWidget | None = None, *, first: bool = False
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self.created: AccountRecord | None = None
        self.setObjectName("accountDialog")
        self.setWindowTitle(tr("First administrator") if first else tr("New account"))
        self.username_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(translated(ROLE_LABELS[role]), role.value)
        self.role_combo.setCurrentIndex(list(Role).index(Role.ADMINISTRATOR if first else Role.OFFICER))
        self.role_combo.setEnabled(not first)
        self.password_edit, self.repeat_edit = _password_edit(), _password_edit()
        self.message_label = _error_label()
        form = QFormLayout()
        form.addRow(tr("Username"), self.username_edit)
        form.addRow(tr("Name in the audit trail"), self.name_edit)
        form.addRow(tr("Role"), self.role_combo)
        form.addRow(tr("Password"), self.password_edit)
        form.addRow(tr("Password again"), self.repeat_edit)
        buttons = _ok_cancel(self)
        layout = QVBoxLayout(self)
        if first:
            intro = QLabel(
                tr(
                    "Once an administrator exists, everyone signs in with an account of their own, "
                    "and each role may do only what it is granted. Keep this password safe: "
                    "without an administrator, accounts cannot be managed."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def fill(self, username: str, name: str, password: str, role: Role | None = None) -> None:
        """Type into the form (tests)."""
        self.username_edit.setText(username)
        self.name_edit.setText(name)
        self.password_edit.setText(password)
        self.repeat_edit.setText(password)
        if role is not None:
            self.role_combo.setCurrentIndex(list(Role).index(role))

    @property
    def message(self) -> str:
        return self.message_label.text()

    def accept(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.message_label.setText(tr("The two passwords differ."))
            return
        try:
            self.created = self._registry.create(
                self.username_edit.text(),
                self.name_edit.text(),
                Role(self.role_combo.currentData()),
                self.password_edit.text(),
            )
        except ValidationError as exc:
            self.message_label.setText(
                "\n".join(f"{tr(_FIELDS.get(f, f))}: {translated(m)}" for f, m in exc.errors.items())
            )
            return
        except KnownError as exc:
            self.message_label.setText(error_message(exc, "create an account"))
            return
        super().accept()


_FIELDS = {
    "username": "Username",
    "display_name": "Name in the audit trail",
    "password": "Password",
}


class PasswordDialog(QDialog):
    """A new password, typed twice (with ``ask_old``, the current one first); `password` and
    `old_password` once accepted."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_old: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(title)
        self.old_edit = _password_edit()
        self.password_edit, self.repeat_edit = _password_edit(), _password_edit()
        self.message_label = _error_label()
        form = QFormLayout()
        if ask_old:
            form.addRow(tr("Current password"), self.old_edit)
        form.addRow(tr("New password"), self.password_edit)
        form.addRow(tr("Password again"), self.repeat_edit)
        buttons = _ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @property
    def old_password(self) -> str:
        return self.old_edit.text()

    def accept(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.message_label.setText(tr("The two passwords differ."))
            return
        super().accept()
