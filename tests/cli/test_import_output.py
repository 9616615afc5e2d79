"""``import people`` on a foreign file: --map, --date-order, columns not imported, bad map files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main

SPANISH = (
    "Nombre;Apellidos;Sexo;Fecha de nacimiento;País;Ciudad;Teléfono;Correo electrónico;Observaciones\r\n"
    "Lucía;Pérez;F;03/04/1985;EE. UU.;Fresno;(559) 555-0101;lucia@example.org;llamar tarde\r\n"
    "Tomás;Yax;M;05/06/1990;U.S.A.;Fresno;12;;\r\n"
)

NEW = ("--no-encryption", "import")  # a new database, in plaintext


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    path = tmp_path / "lista.csv"
    path.write_bytes(SPANISH.encode("cp1252"))
    return path


def test_an_ambiguous_date_column_is_refused_naming_it(
    spanish: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*NEW, "people", str(spanish), "--db", str(tmp_path / "d.sqlite")]) == 1
    error = capsys.readouterr().err
    assert "column 'Fecha de nacimiento' has dates such as 03/04/1985" in error
    assert "--date-order" in error


def test_a_spanish_file_with_the_date_order_given(
    spanish: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    assert main([*NEW, "people", str(spanish), "--db", str(db), "--date-order", "dmy"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "not imported (no template column): Observaciones"
    assert lines[-1] == "imported 1, rejected 1, duplicates 0"
    assert "row 3, phone: phone ('Teléfono'): '12' is not a valid phone number for US" in err


def test_a_map_file_names_what_the_built_in_names_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "export.csv"
    source.write_text("Full name,Residence,Cell\nAna Yax,US,559 555 0101\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"Full name": "given_name", "Residence": "country", "Nickname": ""}), encoding="utf-8"
    )
    db = tmp_path / "d.sqlite"
    assert main([*NEW, "people", str(source), "--db", str(db)]) == 1
    assert "no column for given_name or family_name, country" in capsys.readouterr().err
    assert main([*NEW, "people", str(source), "--db", str(db), "--map", str(mapping)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "the column map names columns the file does not have: Nickname",
        "imported 1, rejected 0, duplicates 0",
    ]


@pytest.mark.parametrize(
    ("content", "problem"), [("not json", "is not a JSON column map"), ('{"Cell": "mobile"}', "'mobile'")]
)
def test_a_bad_map_file_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, problem: str
) -> None:
    source = tmp_path / "export.csv"
    source.write_text("Nombre,País\nAna,US\n", encoding="utf-8")
    mapping = tmp_path / "mine.json"
    mapping.write_text(content, encoding="utf-8")
    assert (
        main(
            [
                "--no-encryption",
                "import",
                "people",
                str(source),
                "--db",
                str(tmp_path / "d.sqlite"),
                "--map",
                str(mapping),
            ]
        )
        == 1
    )
    error = capsys.readouterr().err
    assert error.startswith("diaspora-desk: ")
    assert "mine.json" in error
    assert problem in error
    assert "Traceback" not in error


def test_map_and_date_order_are_for_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.csv"
    source.write_text("name,country\nX,US\n", encoding="utf-8")
    args = ["import", "associations", str(source), "--db", str(tmp_path / "d.sqlite"), "--date-order", "dmy"]
    assert main(args) == 1
    assert "people only" in capsys.readouterr().err
