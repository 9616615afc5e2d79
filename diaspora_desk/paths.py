"""Where the application keeps its data, and where its shipped files live."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import platformdirs
from platformdirs.api import PlatformDirsABC

APP_NAME = "DiasporaDesk"
PRIVATE_FOLDER = 0o700
# Files and folders the application creates are the user's alone (0600/0700); on Windows the
# per-user data folder inherits the profile's ACL, which other users cannot read.
PRIVATE_UMASK = 0o077
# In a PyInstaller bundle the shipped files sit in the bundle's own folder (``sys._MEIPASS``);
# from a checkout or an installed wheel, beside the ``diaspora_desk`` package.
FROZEN = bool(getattr(sys, "frozen", False))
PROJECT_ROOT = Path(getattr(sys, "_MEIPASS", "")) if FROZEN else Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def user_dirs(kind: type[PlatformDirsABC] = platformdirs.PlatformDirs) -> PlatformDirsABC:
    """The per-user folders of ``kind`` (this system's by default): on Windows the data lives in
    ``%LOCALAPPDATA%\\DiasporaDesk`` (not roaming: a database must not sync between machines),
    on Linux in ``$XDG_DATA_HOME/DiasporaDesk``, on macOS in ``~/Library/Application Support``."""
    return kind(APP_NAME, appauthor=False, roaming=False)


def data_dir() -> Path:
    """Per-user data directory (created on demand, readable by the user only: 0700)."""
    path = Path(user_dirs().user_data_dir)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FOLDER)  # mkdir's mode passes through the umask
    return path


def private_temp_dir() -> Path:
    """Where report previews and other short-lived files with personal data go: inside the
    per-user data folder (0700), never the shared system temporary folder."""
    path = data_dir() / "tmp"
    path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "diaspora-desk.sqlite"


def log_file() -> Path:
    return data_dir() / "diaspora-desk.log"
