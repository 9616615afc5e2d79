"""Accounts in the window: who is signed in (status bar), Tools → Accounts, the idle lock, and
the actions a role is not granted, disabled or hidden.

The services refuse what a role is not granted whatever the UI shows; hiding is for the officer.
Widgets carry the grant they need as the Qt property ``grant`` (a `Grant` value); menu actions
of the main window are found by their text in `MENU_GRANTS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from diaspora_desk.domain.accounts import ROLE_LABELS, Grant
from diaspora_desk.ui.accounts.account_dialog import AccountDialog, PasswordDialog
from diaspora_desk.ui.accounts.accounts_page import AccountsDialog
from diaspora_desk.ui.accounts.sign_in_dialog import SignInDialog
from diaspora_desk.ui.errors import show_error, translated

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services

# The main window's menu texts (its "MainWindow" context) and the grant each needs.
MENU_GRANTS = {
    "&Export associations…": Grant.EXPORT_ASSOCIATIONS,
    "Export p&eople…": Grant.EXPORT_PEOPLE,
    "&Settings…": Grant.SETTINGS,
    "&Import associations…": Grant.EDIT_RECORDS,
    "Import &people…": Grant.EDIT_RECORDS,
}
# Input that counts as use: it restarts the idle timer.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountsGuard", text)


def offer_first_administrator(parent: QWidget, services: Services) -> bool:
    """Ask whether to protect the database with accounts; create the first administrator."""
    answer = QMessageBox.question(
        parent,
        tr("Officer accounts"),
        tr(
            "Protect this database with officer accounts? Each officer then signs in, the audit "
            "trail names them, and each role may do only what it is granted. Create the first "
            "administrator now (you can also do it later from Tools → Accounts)?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return bool(AccountDialog(services.accounts.registry, parent, first=True).exec())


class AccountsGuard(QObject):
    """Installed on the main window by `install_accounts`; one per attached database.

    Signals: none. ``lock()`` shows the lock dialog (the idle timer calls it).
    """

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self.setObjectName("accountsGuard")
        self._window = window
        self._services = services
        self._session = services.accounts.session
        self.lock_dialog: SignInDialog | None = None
        self._hidden: list[QWidget] = []
        self.label = QLabel()
        self.label.setObjectName("signedInLabel")
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.accounts_action = QAction(tr("&Accounts…"), self)
        self.accounts_action.triggered.connect(self.open_accounts)
        self.password_action = QAction(tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(tr("&Lock now"), self)
        self.lock_action.triggered.connect(self.lock)
        tools = self._menu(QCoreApplication.translate("MainWindow", "&Tools"))
        if tools is not None:
            tools.addSeparator()
            tools.addActions([self.accounts_action, self.password_action, self.lock_action])
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.refresh()

    def dispose(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
        self._window.statusBar().removeWidget(self.label)
        self.label.deleteLater()
        self.deleteLater()

    def _menu(self, title: str) -> QMenu | None:
        for action in self._window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.title() == title:
                return menu
        return None

    def refresh(self) -> None:
        """Show who is signed in; start the idle timer; enable what the role is granted."""
        session = self._session
        account = session.account
        signed_in = account is not None and session.accounts_exist()
        if signed_in and account is not None:
            role = translated(ROLE_LABELS[account.role])
            self.label.setText(tr("Signed in: {name} ({role})").format(name=account.display_name, role=role))
        else:
            self.label.setText(tr("No accounts: anyone may use this database"))
        self.password_action.setEnabled(signed_in)
        self.lock_action.setEnabled(signed_in)
        self.accounts_action.setEnabled(not session.accounts_exist() or session.can(Grant.ACCOUNTS))
        minutes = self._services.accounts.registry.idle_minutes() if signed_in else 0
        self.set_idle_ms(minutes * 60_000)
        self.apply_grants(self._window)

    def set_idle_ms(self, milliseconds: int) -> None:
        """Lock after ``milliseconds`` without input (0: never)."""
        self.timer.stop()
        if milliseconds > 0:
            self.timer.setInterval(milliseconds)
            self.timer.start()

    def apply_grants(self, root: QWidget) -> None:
        """Hide widgets (and disable menu actions) whose grant the signed-in role lacks."""
        granted = self._session.granted()
        for widget in [root, *root.findChildren(QWidget)]:
            grant = widget.property("grant")
            if isinstance(grant, str) and grant and Grant(grant) not in granted:
                widget.setVisible(False)
        if root is self._window:
            for action in self._window.findChildren(QAction):
                for text, grant in MENU_GRANTS.items():
                    if action.text() == QCoreApplication.translate("MainWindow", text):
                        action.setEnabled(grant in granted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and self.timer.interval() and self.lock_dialog is None:
            self.timer.start()  # restarts it
        elif (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._window
            and self._owns(watched)
        ):
            self.apply_grants(watched)
        return False

    def _owns(self, widget: QWidget) -> bool:
        """Whether ``widget`` is one of this window's dialogs (another window's, or one left from
        a window already closed, is not this guard's business)."""
        try:
            parent = widget.parentWidget()
            while parent is not None:
                if parent is self._window:
                    return True
                parent = parent.parentWidget()
        except RuntimeError:  # the window's C++ object is gone
            return False
        return False

    def lock(self) -> SignInDialog | None:
        """The lock dialog: the same officer's password, or sign out."""
        if self._session.account is None or self.lock_dialog is not None:
            return None
        self.timer.stop()
        # The window's content is not readable behind the lock. Open dialogs are left as they are
        # (hiding one would end it and lose what the officer typed); the lock is modal over them.
        central = self._window.centralWidget()
        self._hidden = [central] if central is not None else []
        for widget in self._hidden:
            widget.hide()
        dialog = SignInDialog(self._session, self._window, locked=True)
        self.lock_dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(self._on_lock_finished)
        dialog.open()
        return dialog

    def _on_lock_finished(self, _result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if dialog is not None and dialog.signed_out:
            self.sign_in_again()
        else:
            self.refresh()

    def sign_in_again(self) -> None:
        """After signing out: anyone signs in (the window is rebuilt for their role), or it closes."""
        if SignInDialog(self._session, self._window).exec():
            attach = getattr(self._window, "attach", None)
            if callable(attach):
                attach(self._services)
        else:
            self._window.close()

    def open_accounts(self) -> QWidget | None:
        if not self._session.accounts_exist():
            if offer_first_administrator(self._window, self._services):
                self.refresh()
            return None
        dialog = AccountsDialog(self._services.accounts.registry, self._window)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def change_password(self) -> None:
        account = self._session.account
        if account is None:
            return
        dialog = PasswordDialog(tr("Change my password"), self._window, ask_old=True)
        if dialog.exec():
            try:
                self._services.accounts.registry.change_password(dialog.old_password, dialog.password)
            except Exception as exc:
                show_error(self._window, exc, "change password")


def install_accounts(window: QMainWindow, services: Services) -> AccountsGuard:
    """The accounts' part of the window over ``services`` (replacing any from before)."""
    for old in window.findChildren(AccountsGuard):
        old.dispose()
    return AccountsGuard(window, services)
