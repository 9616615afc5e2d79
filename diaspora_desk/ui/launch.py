"""Start-up of the window: show it at once, then open the database off the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from diaspora_desk import i18n
from diaspora_desk.logs import configure_logging, log_bug
from diaspora_desk.paths import RESOURCES_DIR, default_database
from diaspora_desk.ui.errors import error_message, show_error
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.tasks import Task, TaskContext, run_task

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    # Imported for types only: SQLAlchemy loads on the worker thread, after the window shows.
    from diaspora_desk.services.composition import Services


def open_for_window(path: Path, *, demo_if_new: bool) -> Services:
    """Open the database and build the services (on a worker thread).

    A database that did not exist yet gets the demo consulate when ``demo_if_new``.
    """
    # SQLAlchemy (through the services) loads here, after the window shows.
    from diaspora_desk.services.composition import open_services

    is_new = not path.exists()
    services = open_services(path)
    if is_new and demo_if_new:
        from diaspora_desk.services.demo.visits import GUI_DEMO_PEOPLE, build_full_demo

        build_full_demo(services, people=GUI_DEMO_PEOPLE)
    # Warm the gazetteer in the background so city completion is instant later.
    threading.Thread(target=services.gazetteer.cities, args=("US",), daemon=True).start()
    return services


# Rows of the associations list shown while the database opens (a screenful and more).
PREVIEW_ROWS = 100
# How long the opening waits for the preview's first paint before it starts anyway.
UNPAINTED_WAIT_MS = 500


def start_window(path: Path, *, demo_if_new: bool = False) -> MainWindow:
    """Show the main window now; open the database off the GUI thread, then fill the window.

    First-run setup (or the demo) follows when the database has no consulate yet.
    """

    from diaspora_desk.services.associations.rows import first_page

    preview = first_page(path, PREVIEW_ROWS)  # the SQLite driver alone: a few milliseconds
    window = MainWindow(preview=preview)
    window.show()
    if not _unlocked(window, path):
        return window

    def opened(services: Services) -> None:
        if not sign_in_at_start(window, services):
            services.close()
            window.close()
            return
        window.attach(services)
        from diaspora_desk.ui.trust.encrypt_notice import offer_encryption

        offer_encryption(window, services)
        if not services.settings.current().configured:
            _first_run(window, services)

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, "Diaspora Desk", error_message(exc, "open database"))
        window.close()
        QCoreApplication.exit(1)

    started: list[bool] = []

    def open_database() -> None:
        if started:
            return
        started.append(True)
        run_task(
            window,
            QCoreApplication.translate("app", "Opening the database…"),
            lambda _context: open_for_window(path, demo_if_new=demo_if_new),
            opened,
            failed,
            cancellable=False,
        )

    if preview is None:
        open_database()
    else:
        # The worker's imports (SQLAlchemy, the services) hold the GIL in turns with the GUI
        # thread: opening only once the first rows are painted puts them on screen sooner.
        # `data_shown` comes just before that paint, so the opening waits for the paint itself,
        # or a moment after `data_shown` in a window that is not painted (started minimised).
        window.preview.table.painted.connect(open_database)
        window.data_shown.connect(lambda: QTimer.singleShot(UNPAINTED_WAIT_MS, window, open_database))
    return window


def _unlocked(window: MainWindow, path: Path) -> bool:
    """The passphrase of an encrypted (or new) database before it is read; False: cancelled,
    and the application ends."""
    from diaspora_desk.ui.unlock import unlock

    if unlock(path, window):
        return True
    window.close()
    QTimer.singleShot(0, lambda: QCoreApplication.exit(1))
    return False


def _first_run(window: MainWindow, services: Services) -> None:
    from diaspora_desk.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(services.settings, services.gazetteer, window, first_run=True)
    if not dialog.exec():
        window.close()
        return
    if dialog.demo_requested:
        create_demo(window, services, lambda: _first_run(window, services))
    else:
        window.attach(services)
        from diaspora_desk.ui.accounts.guard import offer_first_administrator

        if offer_first_administrator(window, services):
            window.accounts_guard.refresh()  # signed in as the new administrator


def sign_in_at_start(window: MainWindow, services: Services) -> bool:
    """Once the database has accounts, sign in before anything is shown; False: the officer gave up."""
    if not services.accounts.session.accounts_exist():
        return True
    from diaspora_desk.ui.accounts.sign_in_dialog import SignInDialog

    return bool(SignInDialog(services.accounts.session, window).exec())


def app_icon() -> QIcon:
    """The application's icon in every size shipped (window title bars, task bars)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((RESOURCES_DIR / "icons").glob("diaspora-desk-*.png")):
        icon.addFile(str(png))
    return icon


def create_demo(window: MainWindow, services: Services, on_stopped: Callable[[], None]) -> Task[Services]:
    """Make the demo consulate in place of the (empty) database open in ``window``.

    The demo is built in a file of its own and takes the database's place only once complete:
    Cancel, or a failure, leaves no partial file and the database as it was; ``on_stopped`` then
    runs (first-run setup asks again).
    """
    from diaspora_desk.services.composition import open_services
    from diaspora_desk.services.demo import visits as demo_visits
    from diaspora_desk.services.demo.associations import DemoCancelled
    from diaspora_desk.services.demo.demo_file import build_demo_database, install_database

    path = services.database_path

    def work(context: TaskContext) -> Services:
        finished, _summary = build_demo_database(
            path, people=demo_visits.GUI_DEMO_PEOPLE, progress=context.progress, cancel=context.cancel
        )
        services.close()
        install_database(finished, path)
        return open_services(path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DemoCancelled):
            window.statusBar().showMessage(window.tr("Demo cancelled; nothing was written."), 10_000)
        else:
            show_error(window, exc, "create the demo")
        on_stopped()

    return run_task(window, window.tr("Creating the demo consulate…"), work, window.attach, failed)


def run_gui(db_path: Path | None, *, demo_if_new: bool = False) -> int:
    """Start the Qt application; returns the exit code."""
    configure_logging()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Diaspora Desk")
    app.setOrganizationName("Diaspora Desk")
    app.setWindowIcon(app_icon())
    from diaspora_desk.ui.collector import GuiThreadCollector

    GuiThreadCollector(app)  # before any worker thread starts; lives as long as the application
    # The language was chosen by the command line (--lang, Settings, the system locale).
    from diaspora_desk.ui.translation import install_translators

    install_translators(i18n.current_language())
    path = (db_path or default_database()).expanduser().absolute()

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Diaspora Desk", error_message(exc, "event loop"))

    sys.excepthook = excepthook
    window = start_window(path, demo_if_new=demo_if_new)
    # One line per start-up, for support and for bench/bench_bundle.py, which waits for it.
    window.data_shown.connect(lambda: logging.getLogger(__name__).info("window showing data"))
    try:
        return app.exec()
    except Exception as exc:  # pragma: no cover - last resort
        log_bug(exc, "event loop")
        return 1
    finally:
        window.deleteLater()
