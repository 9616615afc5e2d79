"""Wires the application: opens the database and builds the services; the window is ui/launch.py."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services


def prepare_services(path: Path, *, demo_if_new: bool) -> Services:
    """Open the database; a new one gets the demo consulate when asked for."""
    from diaspora_desk.services.composition import open_services

    is_new = not path.exists()
    services = open_services(path)
    if is_new and demo_if_new:
        from diaspora_desk.services.demo.visits import GUI_DEMO_PEOPLE, build_full_demo

        build_full_demo(services, people=GUI_DEMO_PEOPLE)
    # Warm the gazetteer in the background so city completion is instant later.
    threading.Thread(target=services.gazetteer.cities, args=("US",), daemon=True).start()
    return services


def run_gui(db_path: Path | None, *, demo_if_new: bool = False) -> int:
    """Start the Qt application (imported only now, so the CLI never loads Qt); the exit code."""
    from diaspora_desk.ui.launch import run_gui as run_qt

    return run_qt(db_path, demo_if_new=demo_if_new)
