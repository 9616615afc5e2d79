"""``diaspora-desk`` and ``python -m diaspora_desk``: a command runs through cli/, none opens the window.

The only module that knows both cli/ and ui/, so neither has to know the other.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from diaspora_desk.cli.main import main as run_command
from diaspora_desk.paths import PRIVATE_UMASK


def open_window(db_path: Path | None, demo_if_new: bool) -> int:
    """Run the Qt application until its window closes; its exit code."""
    # Qt is imported only here, so a command never pays for loading it.
    from diaspora_desk.ui.launch import run_gui

    return run_gui(db_path, demo_if_new=demo_if_new)


def main(argv: Sequence[str] | None = None) -> int:
    # Every file and folder this process creates (database, -wal/-shm, backups, logs, exports)
    # is readable by the user only.
    os.umask(PRIVATE_UMASK)
    return run_command(argv, open_window=open_window)
