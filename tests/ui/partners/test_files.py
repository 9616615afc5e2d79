"""Importing and exporting partners and projects from the Partners area."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.changes import Change
from diaspora_desk.services.composition import Services
from diaspora_desk.services.partners.transfer import TransferResult
from diaspora_desk.ui.partners import files
from diaspora_desk.ui.partners.area import PartnersArea
from diaspora_desk.ui.partners.files import PARTNERS, PROJECTS


def test_import_then_export_from_the_area(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    area = PartnersArea(services.partners, services.practices, services.clock)
    qtbot.addWidget(area)
    source = tmp_path / "socios.csv"
    source.write_text(
        "Nombre;Tipo;País;Color\nBanco Uno;Banco;México;rojo\nSin país;ONG;;\n", encoding="utf-8"
    )
    statuses: list[str] = []
    area.status.connect(statuses.append)
    changes: list[Change] = []
    services.changes.subscribe(changes.append)  # the main window relays these to the area
    area.import_file(PARTNERS, source)
    qtbot.waitUntil(lambda: bool(shown))
    assert statuses == ["imported 1, rejected 1"]
    assert shown[0].text() == "Imported 1, rejected 1. Columns left out: Color."
    assert shown[0].detailedText().startswith("row 3, country: country: is required")
    area.on_changed(changes[-1])
    assert area.partner_model.rowCount() == 1
    target = tmp_path / "projects.csv"
    area.export_file(PROJECTS, target)
    qtbot.waitUntil(lambda: len(statuses) == 2)
    assert statuses[1] == f"Exported 0 rows to {target}"
    assert target.read_text(encoding="utf-8-sig").startswith("title,programme,sector")


def test_a_clean_import_offers_no_rejects_file(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = files.show_result(parent, PROJECTS, TransferResult(imported=3))
    assert box.text() == "Imported 3, rejected 0."
    assert box.detailedText() == ""
    assert len(box.buttons()) == 1
