"""Event commands: events list|add|register|attendance (the names only with a reason, audited)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import build_cast


def _run(db: Path, *args: str) -> int:
    return main([*args, "--db", str(db)])


def test_add_register_list_and_export_attendance(
    services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cast = build_cast(services)
    assert _run(db_path, "events", "list") == 0
    assert "No events yet." in capsys.readouterr().out
    added = _run(
        db_path,
        "events",
        "add",
        "--title",
        "Foro de negocios",
        "--kind",
        "business_forum",
        "--country",
        "Estados Unidos",
        "--city",
        "Fresno",
        "--starts",
        "2027-01-15",
        "--ends",
        "2027-01-16",
        "--capacity",
        "1",
        "--campaign",
        str(cast.campaign),
    )
    assert added == 0
    assert "Foro de negocios" in capsys.readouterr().out
    assert _run(db_path, "events", "register", "1", str(cast.ana)) == 0
    assert _run(db_path, "events", "register", "1", str(cast.ana), "--status", "attended") == 0
    capsys.readouterr()
    assert _run(db_path, "events", "register", "1", str(cast.ken)) == 1  # one place only
    assert "full" in capsys.readouterr().err
    assert _run(db_path, "events", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert (listed["country"], listed["registered"], listed["attended"]) == ("US", 1, 1)

    out = tmp_path / "attendance.csv"
    assert _run(db_path, "events", "attendance", "1", "--out", str(out), "--reason", "   ") == 1
    assert not out.exists()
    assert _run(db_path, "events", "attendance", "1", "--out", str(out), "--reason", "certificates") == 0
    with out.open(encoding="utf-8-sig") as handle:
        assert [r["status"] for r in csv.DictReader(handle)] == ["attended"]
    exports = [e for e in services.audit.recent() if e.action == "export"]
    assert "certificates" in (exports[0].after or "")


def test_a_bad_date_or_country_is_a_plain_error(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_cast(services)
    base = ["events", "add", "--title", "Day", "--city", "Fresno", "--starts"]
    with pytest.raises(SystemExit):
        _run(db_path, *base, "15/01/2027", "--country", "US")
    assert "is not a date" in capsys.readouterr().err
    assert _run(db_path, *base, "2027-01-15", "--country", "Atlantis") == 1
    assert "Atlantis" in capsys.readouterr().err
