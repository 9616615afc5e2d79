"""Importing and exporting association files from the screen, on a worker thread."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diaspora_desk.services.associations.transfer import COLUMNS
from diaspora_desk.ui.main_window import MainWindow
from tests.ui.associations.helpers import listed_names


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows([[row.get(column, "") for column in COLUMNS] for row in rows])
    return path


def _close_the_result_box(seen: list[str]) -> QTimer:
    """Reads and closes the import's message box once it shows (it runs its own event loop)."""
    timer = QTimer()

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "importResult":
            seen.append(box.text())
            box.done(0)
            timer.stop()

    timer.timeout.connect(close)
    timer.start(20)
    return timer


def test_imported_associations_show_up_and_the_rejects_are_counted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [
        {"name": "Club Uno", "type": "community", "country": "US", "city": "Fresno"},
        {"name": "Club Dos", "type": "community", "country": "MX", "city": "Tijuana"},
        {"name": "Club Tres", "type": "club", "country": "US"},  # not a type
    ]
    page = window.associations
    seen: list[str] = []
    timer = _close_the_result_box(seen)
    with qtbot.waitSignal(page.status, timeout=20_000) as status:
        page.import_file(_write(tmp_path / "in.csv", rows))
    timer.stop()
    assert seen == ["Imported 2, rejected 1."]
    assert status.args == ["imported 2, rejected 1"]
    assert listed_names(page) == ["Club Dos", "Club Uno"]
    assert [page.country_filter.itemData(i) for i in range(page.country_filter.count())] == ["", "MX", "US"]


def test_export_writes_every_association(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.associations
    seen: list[str] = []
    timer = _close_the_result_box(seen)
    rows = [{"name": "Club Uno", "type": "community", "country": "US"}]
    with qtbot.waitSignal(page.status, timeout=20_000):
        page.import_file(_write(tmp_path / "in.csv", rows))
    timer.stop()
    target = tmp_path / "out.csv"
    with qtbot.waitSignal(page.status, timeout=20_000) as status:
        page.export_file(target)
    assert status.args == [f"Exported 1 associations to {target}"]
    with target.open(encoding="utf-8-sig") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Club Uno"]
