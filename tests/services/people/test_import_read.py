"""Reading a people file's rows: numbered as in the file; a rejection names the file's header."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _person(services: Services, text: str) -> Person:
    rows = services.people.registry.page(PeopleQuery(text=text), 0, 5)
    assert len(rows) == 1, text
    with services.database.unit_of_work() as uow:
        person = uow.session.get(Person, rows[0].id)
        assert person is not None
        uow.session.expunge(person)
        return person


def test_bad_rows_are_named_and_the_good_ones_written_together(services: Services, tmp_path: Path) -> None:
    rows = [
        ["Prénom", "Nom", "Pays", "Téléphone", "Courriel", "Ville"],
        ["Ana", "Yax", "États-Unis", "559 555 0107", "ana@example.org", "Fresno"],
        ["Eva", "Sic", "US", "559 555 0107", "", ""],  # same phone as row 2
        ["\u200bJosé\u200e", "Ixcoy\u202c", "US", "", "", "Fresno"],  # invisible characters
        ["Zoe", "Boc", "US", "", "", "x" * 5000],  # a huge cell
        ["Ana", "Yax", "US", "", "", "", "extra"],  # more cells than the header
        ["", "", "US", "", "", ""],  # no name
    ]
    source = _csv(tmp_path / "liste.csv", rows)
    rejects = tmp_path / "rejects.csv"
    result = services.people.importer.import_file(source, rejects=rejects)
    assert result.summary == "imported 2, rejected 3, duplicates 1"
    assert {r.row: r.column for r in result.rejected} == {5: "city", 6: "(row)", 7: "given_name"}
    assert "city ('Ville'): is longer than 1000 characters" in result.rejected[0].reason
    assert [d.row for d in result.duplicates] == [3]
    assert _person(services, "jose ixcoy").given_name == "José"
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        listed = [row["row"] for row in csv.DictReader(handle)]
    assert listed == ["3", "5", "6", "7"]


def test_the_preview_numbers_rows_as_the_rejects_do(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "numeros.csv"
    source.write_text('Nombre,País,Teléfono\nAna,US,\n\n"Eva\nMaría",US,12\nLuz,US,\n', encoding="utf-8")
    preview = services.people.importer.preview(source)
    assert [number for number, _cells in preview.rows] == [2, 4, 5]
    result = services.people.importer.import_file(source, dry_run=True)
    assert [r.row for r in result.rejected] == [4]
    assert preview.rows[1][1][0] == "Eva\nMaría"
