"""Drive the people import dialog from the People & Skills area (the other tabs: tests/ui/people/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.people.area import PeopleArea


def _area(qtbot: QtBot, services: Services) -> PeopleArea:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.PEOPLE)
    return window.people


def _names(area: PeopleArea) -> list[str]:
    model = area.people.model
    return [model.row_at(r).name for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_import_dialog_maps_other_headers_and_imports(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "lista.csv"
    source.write_text(
        "nombre;apellido;pais;telefono\nLucía;Yax;US;+1 213 555 0101\nJuan;Coyoy;US;12\n", encoding="utf-8"
    )
    area = _area(qtbot, services)
    dialog = area.import_file(source)
    assert dialog is not None
    for header, column in (
        ("nombre", "given_name"),
        ("apellido", "family_name"),
        ("pais", "country"),
        ("telefono", "phone"),
    ):
        combo = dialog.mapping[header]
        combo.setCurrentIndex(combo.findData(column))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run(dry_run=False)
    assert dialog.import_result is not None
    assert dialog.import_result.summary == "imported 1, rejected 1, duplicates 0"
    assert "row 3, phone" in dialog.summary.text()
    assert _names(area) == ["Lucía Yax"]
    rejects = tmp_path / "rejects.csv"
    dialog.save_rejects(rejects)
    assert "12" in rejects.read_text(encoding="utf-8-sig")
    assert set(COLUMNS) <= set(rejects.read_text(encoding="utf-8-sig").splitlines()[0].split(","))
    dialog.reject()


def test_cancel_during_an_import_writes_nobody(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    rows = [f"Persona{i},Prueba{i},US,,,{1950 + i % 50}" for i in range(30_000)]
    source.write_text(
        "given_name,family_name,country,city,phone,birth_year\n" + "\n".join(rows), encoding="utf-8"
    )
    area = _area(qtbot, services)
    dialog = area.import_file(source)
    assert dialog is not None
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        task = dialog.run(dry_run=False)
        cancel = task.dialog.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert "Cancelled" in dialog.summary.text()
    assert _names(area) == []
    assert services.people.registry.count(PeopleQuery()) == 0
    dialog.reject()
