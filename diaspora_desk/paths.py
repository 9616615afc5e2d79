"""Where the application keeps its data, and where its shipped files live."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "DiasporaDesk"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def data_dir() -> Path:
    """Per-user data directory (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "diaspora-desk.sqlite"


def log_file() -> Path:
    return data_dir() / "diaspora-desk.log"
