"""The command-line contract: commands, outputs and exit codes (0 ok, 1 failure, 2 usage)."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from diaspora_desk import __version__
from diaspora_desk.cli.main import main
from diaspora_desk.db.migrate import head_revision

IMPORT_HEADER = (
    "name,acronym,type,country,city,founded_year,members_estimate,focus_areas,languages,phone,email,"
    "website,contact_person,notes\n"
)


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


def test_demo_check_backup_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--associations", "25", "--people", "10", "--seed", "3") == 0
    assert "25 associations" in capsys.readouterr().out
    assert run("db", "check", "--db", str(db)) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out
    assert f"schema: {head_revision()} (current)" in out
    assert run("db", "backup", "--db", str(db)) == 0
    backup = Path(capsys.readouterr().out.split("backup written to ")[1].strip())
    assert backup.exists()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT count(*) FROM association").fetchone() == (25,)
    pdf = tmp_path / "a.pdf"
    assert run("report", "association", "1", "--db", str(db), "--out", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_demo_refuses_a_database_that_has_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--associations", "5") == 0
    capsys.readouterr()
    assert run("demo", "--db", str(db), "--associations", "5") == 1
    err = capsys.readouterr().err
    assert "already holds associations" in err
    assert "Traceback" not in err


def test_import_reports_counts_and_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    source = tmp_path / "in.csv"
    source.write_text(
        IMPORT_HEADER
        + "Asociación Uno,AU,hometown,US,Fresno,1999,40,health;culture,es;en,"
        + "(559) 555-0100,a@example.org,,,\n"
        + "Bad Phone Group,,community,US,Fresno,,,,,12,,,,\n"
        + "asociacion uno,,hometown,United States,Fresno,,,,,,,,,\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "rejects.csv"
    assert run("import", "associations", str(source), "--db", str(db), "--rejects", str(rejects)) == 0
    assert capsys.readouterr().out.strip() == "imported 1, rejected 2"
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["row"], r["column"]) for r in rows] == [("3", "phone"), ("4", "name")]


def test_import_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    source = tmp_path / "in.csv"
    source.write_text(IMPORT_HEADER + "Grupo Dos,,other,US,Phoenix,,,,,,,,,\n", encoding="utf-8")
    assert run("import", "associations", str(source), "--db", str(db), "--dry-run") == 0
    assert "would import 1, rejected 0" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM association").fetchone() == (0,)


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


def test_export_round_trips_through_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert run("demo", "--db", str(first), "--associations", "30") == 0
    out1, out2 = tmp_path / "one.xlsx", tmp_path / "two.xlsx"
    assert run("export", "associations", "--db", str(first), "--out", str(out1)) == 0
    assert run("import", "associations", str(out1), "--db", str(second)) == 0
    assert run("export", "associations", "--db", str(second), "--out", str(out2)) == 0
    from openpyxl import load_workbook

    def cells(path: Path) -> list[tuple[object, ...]]:
        workbook = load_workbook(path, read_only=True)
        try:
            return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
        finally:
            workbook.close()

    assert cells(out1) == cells(out2)
    assert len(cells(out1)) == 31


def test_installed_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "diaspora_desk", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_db_upgrade_reports_the_schema_before_and_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "old.sqlite"
    db.write_bytes((Path(__file__).resolve().parents[1] / "data" / "schema_0001.sqlite").read_bytes())
    assert run("db", "upgrade", "--db", str(db)) == 0
    assert capsys.readouterr().out == f"{db}: schema {head_revision()} (was 0001)\n"
    assert run("db", "upgrade", "--db", str(db)) == 0
    assert capsys.readouterr().out == f"{db}: schema {head_revision()}\n"
    assert run("db", "check", "--db", str(tmp_path / "none.sqlite")) == 1
    assert "none.sqlite does not exist." in capsys.readouterr().err


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
