"""Start-up of the window: show it at once, then open the database off the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from diaspora_desk.logs import configure_logging, log_bug
from diaspora_desk.paths import RESOURCES_DIR, default_database
from diaspora_desk.ui.errors import error_message
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.tasks import run_task

if TYPE_CHECKING:
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


def start_window(path: Path, *, demo_if_new: bool = False) -> MainWindow:
    """Show the main window now; open the database off the GUI thread, then fill the window.

    First-run setup (or the demo) follows when the database has no consulate yet.
    """

    from diaspora_desk.services.associations.rows import first_page

    window = MainWindow()
    preview = first_page(path, PREVIEW_ROWS)  # the standard library alone: a few milliseconds
    if preview is not None:
        window.show_preview(preview)
    window.show()

    def opened(services: Services) -> None:
        window.attach(services)
        if not services.settings.current().configured:
            _first_run(window, services)

    def failed(exc: BaseException) -> None:
        QMessageBox.critical(window, "Diaspora Desk", error_message(exc, "open database"))
        window.close()
        QCoreApplication.exit(1)

    run_task(
        window,
        QCoreApplication.translate("app", "Opening the database…"),
        lambda _context: open_for_window(path, demo_if_new=demo_if_new),
        opened,
        failed,
        cancellable=False,
    )
    return window


def _first_run(window: MainWindow, services: Services) -> None:
    from diaspora_desk.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(services.settings, services.gazetteer, window, first_run=True)
    if not dialog.exec():
        window.close()
        return
    if dialog.demo_requested:
        from diaspora_desk.services.demo.visits import GUI_DEMO_PEOPLE, build_full_demo

        def work(context: object) -> object:
            return build_full_demo(services, people=GUI_DEMO_PEOPLE)

        run_task(
            window, window.tr("Creating the demo consulate…"), work, lambda _summary: window.attach(services)
        )
    else:
        window.attach(services)


def app_icon() -> QIcon:
    """The application's icon in every size shipped (window title bars, task bars)."""
    icon = QIcon()
    for png in sorted((RESOURCES_DIR / "icons").glob("diaspora-desk-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(db_path: Path | None, *, demo_if_new: bool = False) -> int:
    """Start the Qt application; returns the exit code."""
    configure_logging()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Diaspora Desk")
    app.setOrganizationName("Diaspora Desk")
    app.setWindowIcon(app_icon())
    path = (db_path or default_database()).expanduser().absolute()

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
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
