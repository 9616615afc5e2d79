"""The command-line contract: version, usage errors exit 2, failures exit 1 in one line, a closed pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diaspora_desk import __version__
from diaspora_desk.cli.main import main


def run(*args: str) -> int:
    return main(list(args))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("--version")
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("report", "association", "not-a-number", "--db", "x.sqlite", "--out", "x.pdf")
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        run("frobnicate")
    assert exit_info.value.code == 2


def test_failures_exit_1_with_one_line_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    assert run("report", "association", "1", "--db", str(db), "--out", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "d.sqlite does not exist" in err
    assert not db.exists()  # a mistyped path does not leave an empty database behind
    assert run("demo", "--db", str(db), "--associations", "3") == 0
    capsys.readouterr()
    assert run("report", "association", "999", "--db", str(db), "--out", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no association with id 999" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("nom,pays\nx,y\n", encoding="utf-8")
    assert run("import", "associations", str(bad), "--db", str(db)) == 1
    err = capsys.readouterr().err
    assert "missing columns" in err
    assert "Traceback" not in err


def test_installed_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "diaspora_desk", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_a_command_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    """`diaspora-desk visits list ... | head -1`: the reader has gone; no error, no traceback."""
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--associations", "20"]) == 0
    closed_reader = (
        "import io, os, sys\n"
        "r, w = os.pipe(); os.close(r)\n"  # head has read its line and exited
        "sys.stdout = io.TextIOWrapper(os.fdopen(w, 'wb'))\n"
        "from diaspora_desk.cli.main import main\n"
        f"code = main(['visits', 'list', '--db', {str(db)!r}])\n"
        "print('exit', code, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", closed_reader], capture_output=True, text=True, check=False
    )
    assert result.stderr == "exit 0\n"
    assert result.returncode == 0
