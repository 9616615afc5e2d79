"""Wires the application: opens the database, builds the services, shows the window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.logs import configure_logging, log_bug
from diaspora_desk.paths import default_database
from diaspora_desk.services.container import Services, open_services


def prepare_services(path: Path, *, demo_if_new: bool) -> Services:
    """Open the database; a new one gets the demo consulate when asked for."""
    is_new = not path.exists()
    services = open_services(path)
    if is_new and demo_if_new:
        from diaspora_desk.services.demo import build_demo

        build_demo(services)
    return services


def run_gui(db_path: Path | None, *, demo_if_new: bool = False) -> int:
    """Start the Qt application; returns the exit code."""
    configure_logging()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from diaspora_desk.ui.errors import error_message
    from diaspora_desk.ui.main_window import MainWindow
    from diaspora_desk.ui.setup_dialog import SetupDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Diaspora Desk")
    app.setOrganizationName("Diaspora Desk")
    path = (db_path or default_database()).expanduser().absolute()

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        QMessageBox.critical(None, "Diaspora Desk", error_message(exc, "event loop"))

    sys.excepthook = excepthook
    try:
        services = prepare_services(path, demo_if_new=demo_if_new)
    except KnownError as exc:
        QMessageBox.critical(None, "Diaspora Desk", str(exc))
        return 1
    # Warm the gazetteer in the background so city completion is instant later.
    threading.Thread(target=services.gazetteer.cities, args=("US",), daemon=True).start()
    if not services.settings.current().configured:
        dialog = SetupDialog(services.settings, services.gazetteer, first_run=True)
        if not dialog.exec():
            services.close()
            return 0
        if dialog.demo_requested:
            from diaspora_desk.services.demo import build_demo

            try:
                build_demo(services)
            except KnownError as exc:
                QMessageBox.warning(None, "Diaspora Desk", str(exc))
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    except Exception as exc:  # pragma: no cover - last resort
        log_bug(exc, "event loop")
        return 1
