"""The import dialog: starts from the guessed mapping, remembers the mapping per kind of file."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.import_dialog import PeopleImportDialog

HEADER = "Nombre;Apellidos;Sexo;Fecha de nacimiento;País;Ciudad;Teléfono;Correo electrónico;Observaciones\r\n"


def _file(path: Path, *rows: str) -> Path:
    path.write_bytes((HEADER + "".join(f"{row}\r\n" for row in rows)).encode("cp1252"))
    return path


def _dialog(qtbot: QtBot, services: Services, path: Path) -> PeopleImportDialog:
    dialog = PeopleImportDialog(services, path)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_starts_from_the_guess_and_numbers_rows_as_the_file(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = _file(
        tmp_path / "lista.csv",
        "Lucía;Pérez;F;14/03/1985;EE. UU.;Fresno;(559) 555-0101;;",
        "",
        "Tomás;Yax;M;1990;EE. UU.;Fresno;12;;",
    )
    dialog = _dialog(qtbot, services, source)
    assert dialog.column_mapping() == {
        "Nombre": "given_name",
        "Apellidos": "family_name",
        "Sexo": "sex",
        "Fecha de nacimiento": "birth_year",
        "País": "country",
        "Ciudad": "city",
        "Teléfono": "phone",
        "Correo electrónico": "email",
        "Observaciones": "",
    }
    assert dialog.ignored_label.text() == "Not imported: Observaciones"
    labels = [dialog.preview.verticalHeaderItem(r).text() for r in range(dialog.preview.rowCount())]
    assert labels == ["2", "4"]  # the blank line 3 is skipped, as in the messages
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run(dry_run=False)
    assert "row 4, phone" in dialog.summary.text()
    assert "dates in column 'Fecha de nacimiento' read day-first" in dialog.summary.text()
    assert services.people.registry.count(PeopleQuery()) == 1


def test_a_mapping_and_date_order_chosen_once_come_back_for_the_next_file(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    first = _dialog(qtbot, services, _file(tmp_path / "enero.csv", "Ana;Yax;F;03/04/1985;US;Fresno;;;Nota"))
    assert first.date_order is None
    combo = first.mapping["Observaciones"]
    combo.setCurrentIndex(combo.findData("field_of_study"))
    assert first.ignored_label.text() == ""
    first.date_order = DateOrder.MDY
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.run(dry_run=False)
    assert first.import_result is not None
    assert first.import_result.summary == "imported 1, rejected 0, duplicates 0"
    first.reject()
    second = _dialog(qtbot, services, _file(tmp_path / "febrero.csv", "Eva;Sic;F;05/06/1990;US;Fresno;;;"))
    assert second.column_mapping()["Observaciones"] == "field_of_study"
    assert second.date_order is DateOrder.MDY
    different = tmp_path / "otro.csv"
    different.write_text("Nombre;País;Observaciones\r\nLuz;US;\r\n", encoding="utf-8")
    other = _dialog(qtbot, services, different)  # other headers: another kind of file
    assert other.date_order is None
    assert other.column_mapping()["Observaciones"] == ""


def test_an_unbalanced_quote_is_shown_by_row_and_column(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "comillas.csv"
    source.write_text('Nombre;Apellidos;País\nAna;"Yax;US\nEva;Sic;US\nLuz;Pop;US\n', encoding="utf-8")
    dialog = _dialog(qtbot, services, source)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run(dry_run=False)
    text = dialog.summary.text()
    assert "imported 0, rejected 1" in text
    assert "row 2, family_name: family_name ('Apellidos'): runs over a line end (lines 2 to 4" in text
    if shot := os.environ.get("DIASPORA_DESK_SCREENSHOT"):
        dialog.grab().save(shot)
