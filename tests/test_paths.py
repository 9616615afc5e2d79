"""Where data lives on each system, checked everywhere (the Windows layout included)."""

from __future__ import annotations

import stat
from pathlib import Path, PureWindowsPath

import pytest
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from diaspora_desk import paths


def test_on_windows_data_stays_in_the_local_not_the_roaming_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\ana\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\ana\AppData\Roaming")
    folder = PureWindowsPath(paths.user_dirs(Windows).user_data_dir)
    assert folder == PureWindowsPath(r"C:\Users\ana\AppData\Local\DiasporaDesk")


def test_on_linux_data_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert Path(paths.user_dirs(Unix).user_data_dir) == tmp_path / "DiasporaDesk"


def test_the_database_and_log_are_created_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh"))
    assert paths.default_database().parent == tmp_path / "fresh" / "DiasporaDesk"
    assert paths.default_database().parent.is_dir()
    assert stat.S_IMODE(paths.default_database().parent.stat().st_mode) == 0o700  # the user's only
    assert paths.log_file().parent == paths.default_database().parent


def test_shipped_files_are_found_beside_the_package() -> None:
    assert (paths.RESOURCES_DIR / "fonts" / "DejaVuSans.ttf").is_file()
    assert (paths.MIGRATIONS_DIR / "env.py").is_file()


def test_report_previews_are_made_in_the_private_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh"))
    folder = paths.private_temp_dir()
    assert folder.parent == paths.data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
