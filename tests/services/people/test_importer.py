"""People files as they come: a CiviCRM contact export, a KoboToolbox label export, a Spanish
spreadsheet; and files that cannot be read, each refused with the row and column at fault."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from diaspora_desk.db import cipher
from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _count(services: Services) -> int:
    with services.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)


def _person(services: Services, text: str) -> Person:
    rows = services.people.registry.page(PeopleQuery(text=text), 0, 5)
    assert len(rows) == 1, text
    with services.database.unit_of_work() as uow:
        person = uow.session.get(Person, rows[0].id)
        assert person is not None
        uow.session.expunge(person)
        return person


CIVICRM_HEADER = [
    "Contact ID",
    "Contact Type",
    "First Name",
    "Last Name",
    "Display Name",
    "Gender",
    "Birth Date",
    "Street Address",
    "City",
    "State",
    "Country",
    "Phone",
    "Email",
    "Preferred Language",
    "Do Not Email",
]


def test_a_civicrm_contact_export(services: Services, tmp_path: Path) -> None:
    rows = [
        CIVICRM_HEADER,
        [
            "101",
            "Individual",
            "Xiomara",
            "Quiej",
            "Xiomara Quiej",
            "Female",
            "1985-03-14",
            "1 Main St",
            "Fresno",
            "California",
            "United States",
            "(559) 555-0101",
            "xq@example.org",
            "es_MX",
            "0",
        ],
        [
            "102",
            "Individual",
            "Baltazar",
            "Ajpop",
            "Baltazar Ajpop",
            "Male",
            "1979-11-02 00:00:00",
            "",
            "Los Angeles",
            "California",
            "United States",
            "+1 213 555 0102 ext. 4",
            "",
            "en_US",
            "1",
        ],
        ["103", "Individual", "Ilse", "Tuyuc", "Ilse Tuyuc", "", "", "", "Fresno", "", "US", "", "", "", "0"],
    ]
    source = _csv(tmp_path / "civicrm_export.csv", rows, encoding="utf-8-sig")
    result = services.people.importer.import_file(source)
    assert result.summary == "imported 3, rejected 0, duplicates 0"
    assert result.ignored == [
        "Contact ID",
        "Contact Type",
        "Display Name",
        "Do Not Email",
    ]
    xiomara = _person(services, "xiomara quiej")
    assert (xiomara.sex, xiomara.birth_year, xiomara.country, xiomara.preferred_language) == (
        "female",
        1985,
        "US",
        "es",
    )
    assert (xiomara.address, xiomara.region) == ("1 Main St", "California")
    baltazar = _person(services, "baltazar ajpop")
    assert (baltazar.sex, baltazar.birth_year) == ("male", 1979)
    assert "Phone +12135550102 extension 4" in baltazar.notes


def _kobo_workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "start",
            "end",
            "datos/¿Cuál es su nombre?",
            "datos/Apellidos",
            "datos/Sexo",
            "datos/Fecha de nacimiento",
            "País de residencia",
            "Ciudad de residencia",
            "Número de teléfono",
            "Acepta ser contactado",
            "Campo de estudio",
            "_id",
            "_uuid",
            "_submission_time",
        ]
    )
    when = dt.datetime(2026, 10, 1, 9, 30)
    sheet.append(
        [
            when,
            when,
            "Rosalba",
            "Chumil",
            "Mujer",
            dt.datetime(1990, 7, 21),
            "Estados Unidos",
            "Fresno",
            "559 555 0103",
            "Sí",
            "Enfermería",
            1,
            "a1",
            when,
        ]
    )
    sheet.append(
        [
            when,
            when,
            "Gaspar",
            "Tecún",
            "Hombre",
            dt.datetime(1988, 1, 5),
            "EE. UU.",
            "Bakersfield",
            "661 555 0104",
            "No",
            "",
            2,
            "a2",
            when,
        ]
    )
    workbook.save(path)
    return path


def test_a_kobotoolbox_label_export(services: Services, tmp_path: Path) -> None:
    source = _kobo_workbook(tmp_path / "kobo_labels.xlsx")
    result = services.people.importer.import_file(source)
    assert result.summary == "imported 2, rejected 0, duplicates 0"
    assert result.ignored == ["start", "end", "_id", "_uuid", "_submission_time"]
    rosalba = _person(services, "rosalba chumil")
    assert (rosalba.sex, rosalba.birth_year, rosalba.country, rosalba.consent_contact) == (
        "female",
        1990,
        "US",
        True,
    )
    assert "Field of study: Enfermería" in rosalba.notes  # kept although no ISCED level is given
    assert _person(services, "gaspar tecun").consent_contact is False


SPANISH = [
    "Nombre",
    "Apellidos",
    "Sexo",
    "Fecha de nacimiento",
    "País",
    "Ciudad",
    "Teléfono",
    "Correo electrónico",
]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_a_spanish_spreadsheet(services: Services, tmp_path: Path, encoding: str) -> None:
    rows = [
        SPANISH,
        [
            "Lucía",
            "Pérez Gómez",
            "M",
            "14/03/1985",
            "EE. UU.",
            "Fresno",
            "(559) 555-0105",
            "lucia@example.org",
        ],
        ["Tomás", "Yax", "H", "03/04/1990", "Estados Unidos", "Los Ángeles", "213 555 0106", ""],
        ["Marta", "Cúmez", "M", "1979", "USA", "", "12", ""],
        ["Olga", "Sián", "Z", "31/02/1980", "México", "", "", "olga@"],
    ]
    source = _csv(tmp_path / "lista.csv", rows, delimiter=";", encoding=encoding)
    result = services.people.importer.import_file(source)
    assert result.summary == "imported 2, rejected 2, duplicates 0"
    assert result.notes == [
        "dates in column 'Fecha de nacimiento' read day-first",
        "column 'Sexo': H is hombre, M is mujer",
    ]
    lucia = _person(services, "lucia perez")
    assert (lucia.sex, lucia.birth_year, lucia.country) == ("female", 1985, "US")
    tomas = _person(services, "tomas yax")
    assert (tomas.sex, tomas.birth_year, tomas.city) == ("male", 1990, "Los Angeles")
    rejected = {r.row: r for r in result.rejected}
    assert rejected[4].column == "phone"
    assert "phone ('Teléfono'): '12' is not a valid phone number for US" in rejected[4].reason
    assert rejected[5].column == "sex"
    assert "birth_year ('Fecha de nacimiento'): '31/02/1980' is not a date" in rejected[5].reason
    assert "email ('Correo electrónico')" in rejected[5].reason


def test_an_ambiguous_date_column_is_refused_by_name_unless_the_order_is_given(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        ["Nombre", "País", "Fecha de nacimiento"],
        ["Ana", "US", "03/04/1985"],
        ["Eva", "US", "05/06/1990"],
    ]
    source = _csv(tmp_path / "fechas.csv", rows)
    with pytest.raises(KnownError, match="column 'Fecha de nacimiento' has dates such as 03/04/1985"):
        services.people.importer.import_file(source)
    assert _count(services) == 0
    result = services.people.importer.import_file(source, date_order=DateOrder.MDY)
    assert result.imported == 2


def test_dates_of_availability_follow_the_column(services: Services, tmp_path: Path) -> None:
    rows = [
        ["given_name", "country", "available_from", "available_to"],
        ["Ana", "US", "02/01/2027", "28/02/2027"],
        ["Eva", "US", "2027-03-01", ""],
    ]
    source = _csv(tmp_path / "disponible.csv", rows)
    result = services.people.importer.import_file(source)
    assert result.summary == "imported 2, rejected 0, duplicates 0"
    ana = services.people.registry.get(_person(services, "ana").id)
    assert ana.skills.availability[0].starts_on == dt.date(2027, 1, 2)


def test_a_file_in_an_unknown_encoding_is_refused(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "raro.csv"
    source.write_bytes("Nombre;País\nAna;US\n".encode() + b"\x81\x8d\xff\xfe\x00Z;US\n")
    with pytest.raises(KnownError, match="not UTF-8, UTF-16 or Windows-1252"):
        services.people.importer.import_file(source)
    assert _count(services) == 0


def test_a_file_with_another_delimiter_says_so(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "pipes.csv"
    source.write_text("Nombre|Apellidos|País\nAna|Yax|US\n", encoding="utf-8")
    with pytest.raises(KnownError, match="single column") as info:
        services.people.importer.import_file(source)
    assert "pipes.csv, row 1" in str(info.value)


def test_a_cell_beyond_what_csv_reads_names_its_row_and_writes_nobody(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "enorme.csv"
    source.write_text("given_name,country\nAna,US\n" + "Eva" * 400_000 + ",US\n", encoding="utf-8")
    with pytest.raises(KnownError, match=r"enorme.csv, row 3"):
        services.people.importer.import_file(source)
    assert _count(services) == 0


def test_a_mapping_is_saved_per_set_of_headers(services: Services, tmp_path: Path) -> None:
    source = _csv(tmp_path / "a.csv", [["Nombre completo", "País", "Notas"], ["Ana Yax", "US", "x"]])
    preview = services.people.importer.preview(source)
    assert (preview.mapping, preview.saved) == (
        {"Nombre completo": "", "País": "country", "Notas": ""},
        False,
    )
    mapping = {"Nombre completo": "given_name", "País": "country", "Notas": ""}
    services.people.importer.save_mapping(preview.headers, mapping, DateOrder.DMY)
    again = services.people.importer.preview(_csv(tmp_path / "b.csv", [["Nombre completo", "País", "Notas"]]))
    assert (again.mapping, again.date_order, again.saved) == (mapping, DateOrder.DMY, True)
    other = services.people.importer.preview(_csv(tmp_path / "c.csv", [["Nombre completo", "País"]]))
    assert other.saved is False


def test_an_unbalanced_quote_is_named_by_row_and_column(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "comillas.csv"
    source.write_text(
        'Nombre,Apellidos,País\nAna,"Yax,US\nEva,Sic,US\nLuz,Pop,US\nRosa,Tun,US\nJuan,Ixc,US\n',
        encoding="utf-8",
    )
    rejects = tmp_path / "rejects.csv"
    result = services.people.importer.import_file(source, rejects=rejects)
    assert result.summary == "imported 0, rejected 1, duplicates 0"
    [rejection] = result.rejected
    assert (rejection.row, rejection.column) == (2, "family_name")
    assert rejection.reason.startswith("family_name ('Apellidos'): runs over a line end (lines 2 to 6")
    assert "quote" in rejection.reason
    assert _count(services) == 0


def test_statistics_after_the_commit_never_turn_an_import_into_a_failure(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program takes the database as soon as the import commits: ANALYZE cannot run,
    and the import still reports what it wrote (and its rejects file is there)."""
    monkeypatch.setattr("diaspora_desk.services.people.importer.ANALYZE_AFTER", 0)
    monkeypatch.setattr("diaspora_desk.db.engine.MAINTENANCE_BUSY_MS", 50)
    # The engine's SQLite library: in one process, only its own connections see each other's locks.
    other = cipher.connect(services.database_path)
    other.isolation_level = None

    def take_the_database(_change: Change) -> None:
        if not other.in_transaction:
            other.execute("BEGIN IMMEDIATE")

    services.changes.subscribe(take_the_database)
    source = _csv(tmp_path / "a.csv", [["given_name", "country"], ["Ana", "US"], ["", "US"]])
    rejects = tmp_path / "rejects.csv"
    try:
        result = services.people.importer.import_file(source, rejects=rejects)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.summary == "imported 1, rejected 1, duplicates 0"
    assert rejects.read_text(encoding="utf-8-sig").count("\n") == 2
    assert _count(services) == 1
