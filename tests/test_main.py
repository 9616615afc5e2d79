"""The console entry: a command runs without Qt; no command opens the window on ``--db``."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from diaspora_desk import main as entry
from diaspora_desk.domain.errors import KnownError


class FakeWindow:
    """Stands in for ``ui.launch.run_gui``: records how the window was asked for."""

    def __init__(self, exit_code: int = 0, error: Exception | None = None) -> None:
        self.calls: list[tuple[Path | None, bool]] = []
        self.exit_code = exit_code
        self.error = error

    def __call__(self, db_path: Path | None, *, demo_if_new: bool = False) -> int:
        self.calls.append((db_path, demo_if_new))
        if self.error is not None:
            raise self.error
        return self.exit_code


def test_without_a_command_the_window_opens_on_the_given_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = FakeWindow(exit_code=3)
    monkeypatch.setattr("diaspora_desk.ui.launch.run_gui", window)
    assert entry.main(["--db", str(tmp_path / "desk.sqlite"), "--demo-if-new"]) == 3
    assert entry.main([]) == 3
    assert window.calls == [(tmp_path / "desk.sqlite", True), (None, False)]


def test_a_known_error_from_the_window_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("diaspora_desk.ui.launch.run_gui", FakeWindow(error=KnownError("no display")))
    assert entry.main([]) == 1
    assert capsys.readouterr().err == "diaspora-desk: no display\n"


def test_the_cli_alone_has_no_window_to_open(capsys: pytest.CaptureFixture[str]) -> None:
    from diaspora_desk.cli.main import main as run_command

    with pytest.raises(SystemExit) as exit_info:
        run_command([])
    assert exit_info.value.code == 2
    assert "a COMMAND is required" in capsys.readouterr().err


def test_a_command_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from diaspora_desk.main import main\n"
        f"assert main(['db', 'check', '--db', {str(tmp_path / 'none.sqlite')!r}]) == 1\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "does not exist" in result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_the_window_path_loads_no_database_code_before_the_window_shows() -> None:
    code = (
        "import sys\n"
        "import diaspora_desk.main\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_installed_command_is_this_entry() -> None:
    (script,) = entry_points(group="console_scripts", name="diaspora-desk")
    assert script.load() is entry.main


def test_what_the_application_creates_is_private_to_the_user(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite"
    previous = os.umask(0o022)  # what most systems give a process
    try:
        assert entry.main(["--no-encryption", "demo", "--db", str(database), "--associations", "1"]) == 0
        assert entry.main(["db", "backup", "--db", str(database)]) == 0
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(previous)
    created = [p for p in tmp_path.iterdir() if p.is_file()]
    assert len(created) >= 2  # the database and its backup at least
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in created} == {oct(0o600)}
