"""Trust commands: backup and restore, audit list and export, people erase, retention, db check."""

from __future__ import annotations

import csv
import sqlite3
import stat
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from tests.database_copies import DatabaseCopies


def _demo(path: Path) -> None:
    command = ["--no-encryption", "demo", "--db", str(path), "--associations", "5", "--people", "30"]
    assert main([*command, "--seed", "3"]) == 0


@pytest.fixture
def demo_db(tmp_path: Path, database_copies: DatabaseCopies) -> Path:
    """A copy of a small demo the CLI made once for this process."""
    path = tmp_path / "demo.sqlite"
    if not database_copies.place("cli-demo-5-30-3", _demo, path):
        _demo(path)
    return path


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(sql).fetchone()[0])


def test_backup_then_restore_brings_the_data_back(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "private" / "copy.sqlite"
    assert main(["db", "backup", "--db", str(demo_db), "--to", str(target)]) == 0
    assert "verified" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert main(["people", "erase", "1", "--db", str(demo_db), "--reason", "asked in person"]) == 0
    out = capsys.readouterr().out
    assert "person 1 erased" in out
    assert "no erased value is left" in out
    assert _count(demo_db, "SELECT count(*) FROM person") == 29

    assert main(["db", "restore", str(target), "--db", str(demo_db)]) == 0
    assert "kept in" in capsys.readouterr().out
    assert _count(demo_db, "SELECT count(*) FROM person") == 30
    assert main(["db", "check", "--db", str(demo_db)]) == 0
    assert "audit chain: ok" in capsys.readouterr().out


def test_restore_refuses_a_file_that_is_not_a_backup(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert main(["db", "restore", str(junk), "--db", str(demo_db)]) == 1
    assert "was not restored" in capsys.readouterr().err
    assert _count(demo_db, "SELECT count(*) FROM person") == 30


def test_audit_list_filters_and_export_is_itself_audited(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["people", "erase", "2", "--db", str(demo_db), "--reason", "asked", "--anonymise"]) == 0
    capsys.readouterr()
    assert main(["audit", "list", "--db", str(demo_db), "--action", "anonymise", "--record", "person:2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 of 1 events"
    assert "person:2" in lines[0]
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", str(out), "--db", str(demo_db), "--from", "2000-01-01"]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert any(r["action"] == "anonymise" for r in rows)
    assert all(r["chain_hash"] for r in rows)
    assert _count(demo_db, "SELECT count(*) FROM audit_event WHERE action = 'view_audit'") == 1
    assert main(["audit", "list", "--db", str(demo_db), "--from", "2030-01-02", "--to", "2030-01-01"]) == 1
    assert "ends before it starts" in capsys.readouterr().err


def test_db_check_fails_on_an_edited_audit_event(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_db) as connection:
        connection.execute("UPDATE audit_event SET officer = 'Someone Else' WHERE id = 3")
    assert main(["db", "check", "--db", str(demo_db)]) == 1
    assert "audit chain: BROKEN at event 3" in capsys.readouterr().out


def test_retention_without_a_rule_says_so(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retention", "list", "--db", str(demo_db)]) == 0
    assert "no retention rule" in capsys.readouterr().out
