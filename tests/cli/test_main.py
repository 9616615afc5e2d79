"""The command-line contract: version, usage errors exit 2, failures exit 1 in one line, a closed pipe."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from diaspora_desk import __version__, i18n
from diaspora_desk.cli.main import main, take_language


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
    assert run("--no-encryption", "demo", "--db", str(db), "--associations", "3") == 0
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
    assert main(["--no-encryption", "demo", "--db", str(db), "--associations", "20"]) == 0
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


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_lang_is_taken_wherever_it_stands() -> None:
    assert take_language(["--lang", "es", "report", "skills"]) == ("es", ["report", "skills"])
    assert take_language(["report", "skills", "--lang=fr"]) == ("fr", ["report", "skills"])
    assert take_language(["report", "skills"]) == (None, ["report", "skills"])


def test_reports_and_messages_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "desk.sqlite"
    assert main(["--no-encryption", "demo", "--db", str(db), "--associations", "3"]) == 0
    out = tmp_path / "perfil.pdf"
    assert main(["--lang", "es", "report", "association", "1", "--db", str(db), "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert "CONFIDENCIAL" in text
    assert "Perfil de la asociación" in text
    capsys.readouterr()
    assert main(["report", "association", "999", "--db", str(db), "--out", str(out), "--lang", "fr"]) == 1
    assert "Il n'existe aucune association portant l'identifiant 999." in capsys.readouterr().err
    # The same command without --lang: English again (the conftest pins the environment to en).
    assert main(["report", "association", "999", "--db", str(db), "--out", str(out)]) == 1
    assert "There is no association with id 999." in capsys.readouterr().err


def test_an_unshipped_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "de", "campaigns", "list", "--db", "x.sqlite"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err
