"""``partners``, ``projects`` and ``agreements`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.partners import build_demo_partners


@pytest.fixture
def demo_db(services: Services, db_path: Path) -> Path:
    build_demo_partners(services, seed=1)
    return db_path


def test_list_and_expiring(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["partners", "list", "--db", str(demo_db)]) == 0
    assert "Banco Solidario del Pacífico" in capsys.readouterr().out
    assert main(["projects", "list", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "1:1:1:1 met" in out
    assert "1:1:1:1 not met" in out
    assert main(["agreements", "expiring", "--db", str(demo_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The demo was made on the test clock's day; the command counts days from the real one.
    assert len(lines) == 2
    assert "Remittance channel cooperation" in lines[0]
    assert " days)" in lines[0]
    assert main(["agreements", "expiring", "--days", "0", "--db", str(demo_db)]) == 0
    assert "No agreement expires within 0 days." in capsys.readouterr().out


def test_export_then_dry_run_import(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "partners.csv"
    assert main(["partners", "export", "--out", str(out), "--db", str(demo_db)]) == 0
    assert "exported 14 partners" in capsys.readouterr().out
    assert main(["partners", "import", str(out), "--dry-run", "--db", str(demo_db)]) == 0
    assert "would import 0, rejected 14" in capsys.readouterr().out  # all already registered


def test_usage_and_plain_errors(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["projects", "export", "--db", str(demo_db)])
    assert usage.value.code == 2
    assert main(["projects", "import", str(tmp_path / "missing.csv"), "--db", str(demo_db)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["partners", "list", "--db", str(tmp_path / "nowhere.sqlite")]) == 1
