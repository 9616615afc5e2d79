"""The commands on a database: demo, db check|backup|upgrade, import, export, match and report."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.db.migrate import head_revision

IMPORT_HEADER = (
    "name,acronym,type,country,city,founded_year,members_estimate,focus_areas,languages,phone,email,"
    "website,contact_person,notes\n"
)


def run(*args: str) -> int:
    return main(list(args))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert (
        main(
            [
                "--no-encryption",
                "demo",
                "--db",
                str(path),
                "--associations",
                "20",
                "--people",
                "400",
                "--seed",
                "4",
            ]
        )
        == 0
    )
    return path


def test_demo_people_are_deterministic(tmp_path: Path, demo_db: Path) -> None:
    again = tmp_path / "again.sqlite"
    assert (
        main(
            [
                "--no-encryption",
                "demo",
                "--db",
                str(again),
                "--associations",
                "20",
                "--people",
                "400",
                "--seed",
                "4",
            ]
        )
        == 0
    )
    query = "SELECT given_name, family_name, birth_year, city FROM person ORDER BY id"
    with sqlite3.connect(demo_db) as one, sqlite3.connect(again) as two:
        assert one.execute(query).fetchall() == two.execute(query).fetchall()
        assert one.execute("SELECT count(*) FROM person").fetchone() == (400,)


def test_match_json_ranks_candidates(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["match", "3", "--db", str(demo_db), "--top", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    scores = [c["score"] for c in data["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert data["need_id"] == 3
    assert all(c["criteria"] for c in data["candidates"])


@pytest.mark.parametrize("kind", [["skills"], ["shortlist", "1"], ["person", "1"], ["association", "1"]])
def test_every_report_kind_writes_a_pdf(demo_db: Path, tmp_path: Path, kind: list[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", *kind, "--db", str(demo_db), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [["report", "skills", "3"], ["report", "person"]])
def test_report_ids_are_checked_as_usage(demo_db: Path, tmp_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--db", str(demo_db), "--out", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2


def test_people_export_import_round_trip(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "people.csv"
    assert main(["export", "people", "--db", str(demo_db), "--out", str(out)]) == 0
    fresh = tmp_path / "fresh.sqlite"
    assert main(["--no-encryption", "demo", "--db", str(fresh), "--associations", "20", "--seed", "4"]) == 0
    capsys.readouterr()
    assert main(["--no-encryption", "import", "people", str(out), "--db", str(fresh)]) == 0
    imported, rejected, duplicates = (int(part.split()[-1]) for part in capsys.readouterr().out.split(","))
    assert imported + rejected + duplicates == 400
    assert rejected == 0
    assert imported > 390


def test_people_exported_and_imported_again_are_all_found_as_duplicates(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Memberships of archived associations too: nothing is rejected, nobody is doubled."""
    import shutil

    from diaspora_desk.services.composition import open_services

    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_db, copy)
    services = open_services(copy)
    try:
        for association in range(1, 21):
            services.associations.registry.set_archived(association, True)
    finally:
        services.close()
    out = tmp_path / "people.csv"
    assert main(["export", "people", "--db", str(copy), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as exported:
        assert any(row["association"] for row in csv.DictReader(exported))
    capsys.readouterr()
    assert main(["--no-encryption", "import", "people", str(out), "--db", str(copy), "--dry-run"]) == 0
    imported, rejected, duplicates = (int(part.split()[-1]) for part in capsys.readouterr().out.split(","))
    assert (imported, rejected) == (0, 0)
    assert duplicates == 400


def test_demo_check_backup_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert (
        run(
            "--no-encryption",
            "demo",
            "--db",
            str(db),
            "--associations",
            "25",
            "--people",
            "10",
            "--seed",
            "3",
        )
        == 0
    )
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
    assert run("--no-encryption", "demo", "--db", str(db), "--associations", "5") == 0
    capsys.readouterr()
    assert run("--no-encryption", "demo", "--db", str(db), "--associations", "5") == 1
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
    assert (
        run(
            "--no-encryption",
            "import",
            "associations",
            str(source),
            "--db",
            str(db),
            "--rejects",
            str(rejects),
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "imported 1, rejected 2"
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["row"], r["column"]) for r in rows] == [("3", "phone"), ("4", "name")]


def test_import_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    source = tmp_path / "in.csv"
    source.write_text(IMPORT_HEADER + "Grupo Dos,,other,US,Phoenix,,,,,,,,,\n", encoding="utf-8")
    assert run("--no-encryption", "import", "associations", str(source), "--db", str(db), "--dry-run") == 0
    assert "would import 1, rejected 0" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM association").fetchone() == (0,)


def test_export_round_trips_through_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert run("--no-encryption", "demo", "--db", str(first), "--associations", "30") == 0
    out1, out2 = tmp_path / "one.xlsx", tmp_path / "two.xlsx"
    assert run("export", "associations", "--db", str(first), "--out", str(out1)) == 0
    assert run("--no-encryption", "import", "associations", str(out1), "--db", str(second)) == 0
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
