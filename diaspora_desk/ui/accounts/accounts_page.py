"""Tools → Accounts: the list of accounts for administrators; add, change role, reset, disable;
the idle-lock time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.accounts import ROLE_LABELS, AccountRecord, Role
from diaspora_desk.ui.accounts.account_dialog import AccountDialog, PasswordDialog
from diaspora_desk.ui.errors import show_error, translated

if TYPE_CHECKING:
    from diaspora_desk.services.accounts.registry import AccountService

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountsPage", text)


class AccountsModel(QAbstractTableModel):
    """The accounts, one per row; `RECORD_ROLE` gives the row's `AccountRecord`."""

    USERNAME, NAME, ROLE, STATE, LAST = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRecord] = []

    def set_rows(self, rows: list[AccountRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return (tr("Username"), tr("Name"), tr("Role"), tr("State"), tr("Last sign-in"))[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account = self._rows[index.row()]
        if role == RECORD_ROLE:
            return account
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.USERNAME:
            return account.username
        if column == self.NAME:
            return account.display_name
        if column == self.ROLE:
            return translated(ROLE_LABELS[account.role])
        if column == self.STATE:
            return tr("active") if account.active else tr("disabled")
        return f"{account.last_sign_in:%Y-%m-%d %H:%M}" if account.last_sign_in else "–"


class AccountsPage(QWidget):
    """The accounts list with its buttons; each act goes through `AccountService` (audited)."""

    def __init__(self, registry: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(tr("&Add…"))
        self.role_button = QPushButton(tr("Change &role…"))
        self.reset_button = QPushButton(tr("&Reset password…"))
        self.disable_button = QPushButton(tr("&Disable"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 24 * 60)
        self.idle_spin.setSuffix(tr(" min"))
        self.idle_spin.setSpecialValueText(tr("never"))
        self.idle_save = QPushButton(tr("&Save"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch()
        idle = QHBoxLayout()
        idle.addWidget(QLabel(tr("Lock the window after this long without use:")))
        idle.addWidget(self.idle_spin)
        idle.addWidget(self.idle_save)
        idle.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(idle)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.role_button.clicked.connect(self._on_role_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.disable_button.clicked.connect(self._on_disable_clicked)
        self.idle_save.clicked.connect(self._on_idle_save_clicked)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._registry.list())
            self.idle_spin.setValue(self._registry.idle_minutes())
        except Exception as exc:
            show_error(self, exc, "list accounts")

    def selected(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.data(rows[0], RECORD_ROLE) if rows else None
        return record if isinstance(record, AccountRecord) else None

    def select(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0)) == username:
                self.table.selectRow(row)

    def _act(self, context: str, act: object) -> bool:
        try:
            assert callable(act)
            act()
        except Exception as exc:
            show_error(self, exc, context)
            return False
        self.refresh()
        return True

    def change_role(self, role: Role) -> bool:
        account = self.selected()
        return account is not None and self._act(
            "change role", lambda: self._registry.change_role(account.id, role)
        )

    def reset_password(self, password: str) -> bool:
        account = self.selected()
        return account is not None and self._act(
            "reset password", lambda: self._registry.reset_password(account.id, password)
        )

    def disable(self) -> bool:
        account = self.selected()
        return account is not None and self._act(
            "disable account", lambda: self._registry.disable(account.id)
        )

    def _on_add_clicked(self) -> None:
        dialog = AccountDialog(self._registry, self)
        if dialog.exec():
            self.refresh()
            if dialog.created is not None:
                self.select(dialog.created.username)

    def _on_role_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = [translated(ROLE_LABELS[role]) for role in Role]
        label, ok = QInputDialog.getItem(
            self, tr("Change role"), tr("Role of {user}").format(user=account.username), labels,
            list(Role).index(account.role), False,
        )  # fmt: skip
        if ok:
            self.change_role(list(Role)[labels.index(label)])

    def _on_reset_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(tr("New password for {user}").format(user=account.username), self)
        if dialog.exec():
            self.reset_password(dialog.password)

    def _on_disable_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Disable account"),
            tr("{user} will no longer be able to sign in.").format(user=account.username),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.disable()

    def _on_idle_save_clicked(self) -> None:
        self._act("save the idle time", lambda: self._registry.set_idle_minutes(self.idle_spin.value()))


class AccountsDialog(QDialog):
    """Tools → Accounts: the `page` in a dialog."""

    def __init__(self, registry: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(tr("Accounts"))
        self.resize(760, 420)
        self.page = AccountsPage(registry)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(close)
