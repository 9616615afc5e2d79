"""Event commands: events list|add|register|attendance (the names only with a reason, audited)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.domain.people import PersonDraft
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


def _event(db: Path) -> None:
    base = ["events", "add", "--title", "Diaspora day", "--country", "US", "--city", "Fresno"]
    assert _run(db, *base, "--starts", "2027-05-01") == 0


def _registered(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert _run(db, "events", "list", "--json") == 0
    return int(json.loads(capsys.readouterr().out)["registered"])


def _twins(services: Services) -> tuple[int, int]:
    """Two generated people of one name, told apart by birth year, town and phone."""
    registry = services.people.registry
    first = registry.create(
        PersonDraft(
            given_name="Genara",
            family_name="Testigo Ruiz",
            birth_year="1981",
            country="US",
            city="Fresno",
            phones=("+1 559 555 0142",),
        )
    )
    second = registry.create(
        PersonDraft(
            given_name="Genara",
            family_name="Testigo Ruiz",
            birth_year="1994",
            country="US",
            city="Reno",
            phones=("+1 775 555 0199",),
        )
    )
    return first.id, second.id


def test_a_person_is_registered_by_name(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    only = services.people.registry.create(
        PersonDraft(given_name="Ximena Generada", family_name="Prueba", country="US")
    )
    _event(db_path)
    capsys.readouterr()
    assert _run(db_path, "events", "register", "1", "ximena generada prueba") == 0
    assert "Diaspora day" in capsys.readouterr().out
    assert _registered(db_path, capsys) == 1
    assert _run(db_path, "events", "register", "1", str(only.id), "--status", "attended") == 0  # a number


def test_namesakes_are_listed_and_nobody_is_registered(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _twins(services)
    _event(db_path)
    capsys.readouterr()
    assert _run(db_path, "events", "register", "1", "Genara Testigo Ruiz") == 2
    out = capsys.readouterr().out
    assert "2 people match 'Genara Testigo Ruiz'; nothing was registered" in out
    assert "--person-id" in out
    assert f"{first}  Genara Testigo Ruiz — 1981, Fresno, United States, ••• 0142" in out
    assert f"{second}  Genara Testigo Ruiz — 1994, Reno, United States, ••• 0199" in out
    assert "559" not in out  # the phones are masked
    assert _registered(db_path, capsys) == 0
    assert _run(db_path, "events", "register", "1", "--person-id", str(second)) == 0
    assert _registered(db_path, capsys) == 1


def test_a_name_nobody_has_is_said_plainly(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _twins(services)
    _event(db_path)
    capsys.readouterr()
    assert _run(db_path, "events", "register", "1", "Nadie Inventado") == 1
    assert "No one registered is called 'Nadie Inventado'" in capsys.readouterr().err
    assert _run(db_path, "events", "register", "1") == 1
    assert "--person-id" in capsys.readouterr().err
    assert _run(db_path, "events", "register", "1", "Genara", "--person-id", "1") == 1
    assert "not both" in capsys.readouterr().err
    assert _registered(db_path, capsys) == 0
