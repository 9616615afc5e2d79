"""People commands: demo with people, match as JSON, every report kind, usage errors."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--associations", "20", "--people", "400", "--seed", "4"]) == 0
    return path


def test_demo_people_are_deterministic(tmp_path: Path, demo_db: Path) -> None:
    again = tmp_path / "again.sqlite"
    assert main(["demo", "--db", str(again), "--associations", "20", "--people", "400", "--seed", "4"]) == 0
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
    assert main(["demo", "--db", str(fresh), "--associations", "20", "--seed", "4"]) == 0
    capsys.readouterr()
    assert main(["import", "people", str(out), "--db", str(fresh)]) == 0
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
    assert main(["import", "people", str(out), "--db", str(copy), "--dry-run"]) == 0
    imported, rejected, duplicates = (int(part.split()[-1]) for part in capsys.readouterr().out.split(","))
    assert (imported, rejected) == (0, 0)
    assert duplicates == 400
