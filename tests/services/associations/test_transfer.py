"""Importing associations: every bad row named by row and column, duplicates, all or nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from diaspora_desk.domain.association_query import ArchiveFilter, AssociationQuery
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.associations.registry import AssociationService
from diaspora_desk.services.associations.transfer import COLUMNS
from diaspora_desk.services.composition import Services


def _row(name: str, **cells: str) -> dict[str, str]:
    return {"name": name, "type": "community", "country": "US", "city": "Fresno", **cells}


def _write(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(COLUMNS)
        writer.writerows([[r.get(c, "") for c in COLUMNS] for r in rows])
    return path


def _count(services: Services) -> int:
    return services.associations.registry.count(AssociationQuery(archive=ArchiveFilter.ALL))


def test_each_rejected_row_names_its_row_and_column(services: Services, tmp_path: Path) -> None:
    rows = [
        _row(
            "Club Uno",
            phone="(559) 555-0100",
            email="uno@example.org",
            focus_areas="health;culture",
            languages="es;en",
            founded_year="1999",
            members_estimate="40",
        ),
        _row("Club Dos", phone="+44 20"),  # 3 phone
        _row("Club Tres", email="tres@"),  # 4 email
        _row("Club Cuatro", type="club"),  # 5 type
        _row("Club Cinco", country="Narnia"),  # 6 country
        _row("Club Seis", founded_year="3000"),  # 7 founded_year
        _row("Club Siete", focus_areas="dance"),  # 8 focus_areas
        _row("CLUB UNO"),  # 9 duplicate of row 2
        _row("X" * 100_000),  # 10 name too long
        _row("Ελληνικός Σύλλογος\u200b Φρέσνο"),  # 11 fine: Greek, a zero-width space dropped
    ]
    rejects = tmp_path / "rejects.csv"
    result = services.associations.transfer.import_file(_write(tmp_path / "in.csv", rows), rejects=rejects)
    assert result.summary == "imported 2, rejected 8"
    assert [(r.row, r.column) for r in result.rejected] == [
        (3, "phone"),
        (4, "email"),
        (5, "type"),
        (6, "country"),
        (7, "founded_year"),
        (8, "focus_areas"),
        (9, "name"),
        (10, "name"),
    ]
    assert "row 2" in result.rejected[6].reason
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["row"] for row in csv.DictReader(handle)] == ["3", "4", "5", "6", "7", "8", "9", "10"]
    names = [r.name for r in services.associations.registry.page(AssociationQuery(), 0, 10)]
    assert names == ["Club Uno", "Ελληνικός Σύλλογος Φρέσνο"]


def test_existing_associations_are_duplicates(services: Services, tmp_path: Path) -> None:
    source = _write(tmp_path / "in.csv", [_row("Asociación Ñandú")])
    assert services.associations.transfer.import_file(source).summary == "imported 1, rejected 0"
    again = _write(tmp_path / "again.csv", [_row("asociacion nandu", city="fresno")])
    result = services.associations.transfer.import_file(again)
    assert result.summary == "imported 0, rejected 1"
    assert "duplicates association 1" in result.rejected[0].reason


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ",")])
def test_encodings_and_delimiters(services: Services, tmp_path: Path, encoding: str, delimiter: str) -> None:
    source = _write(tmp_path / "in.csv", [_row("Asociación Señor de Esquipulas")], encoding, delimiter)
    assert services.associations.transfer.import_file(source).imported == 1
    assert services.associations.registry.get(1).name == "Asociación Señor de Esquipulas"


def test_a_failure_half_way_writes_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write(tmp_path / "in.csv", [_row(f"Club {n}") for n in range(10)])
    original = AssociationService.apply_fields
    calls = {"n": 0}

    def failing(self: AssociationService, row: object, fields: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk unplugged")
        original(self, row, fields)  # type: ignore[arg-type]

    monkeypatch.setattr(AssociationService, "apply_fields", failing)
    with pytest.raises(OSError, match="unplugged"):
        services.associations.transfer.import_file(source)
    assert _count(services) == 0


def test_dry_run_writes_nothing_and_headers_are_checked(services: Services, tmp_path: Path) -> None:
    source = _write(tmp_path / "in.csv", [_row("Club Uno")])
    assert (
        services.associations.transfer.import_file(source, dry_run=True).summary
        == "would import 1, rejected 0"
    )
    assert _count(services) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("name,pais,name\nx,y,z\n", encoding="utf-8")
    with pytest.raises(KnownError) as caught:
        services.associations.transfer.import_file(bad)
    message = str(caught.value)
    assert "row 1" in message
    assert "missing columns" in message
    assert "unknown columns: pais" in message
    assert "repeated columns: name" in message


def test_csv_export_neutralises_formulas_and_keeps_phones(services: Services, tmp_path: Path) -> None:
    source = _write(tmp_path / "in.csv", [_row('=HYPERLINK("x")', phone="+1 559 555 0100", notes="@SUM(A1)")])
    services.associations.transfer.import_file(source)
    out = tmp_path / "out.csv"
    services.associations.transfer.export_file(out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "'@SUM(A1)" in text
    assert ",+15595550100," in text
    second = tmp_path / "second.sqlite"
    from diaspora_desk.services.composition import open_services

    other = open_services(second)
    try:
        other.associations.transfer.import_file(out)
        record = other.associations.registry.get(1)
        assert (record.name, record.notes, record.phones) == (
            '=HYPERLINK("x")',
            "@SUM(A1)",
            ("+15595550100",),
        )
    finally:
        other.close()
    assert any(e.action == "export" for e in services.audit.recent())


def test_each_imported_association_has_its_own_audited_creation(services: Services, tmp_path: Path) -> None:
    import json

    source = _write(tmp_path / "in.csv", [_row("Asociación Ñandú"), _row("Club Quetzal", city="Madera")])
    assert services.associations.transfer.import_file(source).imported == 2
    for association_id, row_number, name in ((1, 2, "Asociación Ñandú"), (2, 3, "Club Quetzal")):
        (event,) = [e for e in services.audit.history("association", association_id) if e.action == "create"]
        after = json.loads(event.after or "{}")
        # The row and the fields it filled, never the values (contacts are people's data).
        assert (after["row"], after["source"]) == (row_number, "in.csv")
        assert "name" in after["record"]["fields"]
        assert name not in (event.after or "")
        assert event.officer == "Test Officer"
