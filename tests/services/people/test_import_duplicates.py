"""Duplicates found during an import: held back for review, listed in the rejects file with their match."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from diaspora_desk.db.people_models import DuplicateReview
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS


def _write(path: Path, rows: list[dict[str, str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.get(c, "") for c in COLUMNS])
    return path


def _person(given: str, family: str, **cells: str) -> dict[str, str]:
    return {"given_name": given, "family_name": family, "country": "US", "city": "Fresno", **cells}


def test_import_rejects_by_column_and_holds_back_duplicates(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(
        PersonDraft(
            given_name="Ana María",
            family_name="López",
            country="US",
            birth_year="1980",
            phones=("+1 559 555 0100",),
        )
    )
    rows = [
        _person(
            "Rosa",
            "Cúmez",
            phone="(559) 555-0101",
            birth_year="1975",
            occupation="civil engineer",
            languages="es:C2;en:B2",
            isced_level="7",
            consent_skills="yes",
            consent_sharing="yes",
        ),
        _person("Luis", "Tzul", phone="12"),  # 3 bad phone
        _person("Juan", "Yax", available_from="2027-13-01"),  # 4 bad date
        _person("Edgar", "Sic", languages="es:Z1"),  # 5 bad CEFR level
        _person("Nery", "Boror", occupation="dragon tamer"),  # 6 unknown ESCO label
        _person("Alba", "Ixcoy", association="No Such Club"),  # 7 unknown association
        _person("Otra", "Persona", phone="+1 559 555 0100"),  # 8 same phone as existing
        _person("lopez", "ANA MARIA", birth_year="1980"),  # 9 word order + accents
        _person("Rosa", "Cumes", birth_year="1975"),  # 10 fuzzy of row 2
        _person("Flor", "Sián", email="flor@example.org"),
        _person("Flora", "Otra", email="FLOR@example.org"),  # 12 same e-mail as row 11
    ]
    source = _write(tmp_path / "people.csv", rows)
    rejects = tmp_path / "rejects.csv"
    result = services.people.importer.import_file(source, rejects=rejects)
    assert (result.imported, len(result.rejected), len(result.duplicates)) == (2, 5, 4)
    assert result.imported + len(result.rejected) + len(result.duplicates) == len(rows)
    assert {r.row: r.column for r in result.rejected} == {
        3: "phone",
        4: "available_from",
        5: "languages",
        6: "occupation",
        7: "association",
    }
    assert sorted(d.row for d in result.duplicates) == [8, 9, 10, 12]
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        listed = {row["row"]: row for row in csv.DictReader(handle)}
    assert listed["8"]["likely_match_id"] == "1"
    assert listed["9"]["likely_match_id"] == "1"
    assert listed["10"]["column"] == "(duplicate)"
    rosa = services.people.registry.page(PeopleQuery(text="rosa cumez"), 0, 5)
    assert len(rosa) == 1
    assert listed["10"]["likely_match_id"] == str(rosa[0].id)
    record = services.people.registry.get(rosa[0].id)
    assert record.skills.occupations[0].isco_code == "2142"
    assert record.phones == ("+15595550101",)
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DuplicateReview)) == 4
    assert len(services.people.duplicates.pending()) == 4
