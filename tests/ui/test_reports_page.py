"""The Reports screen asks for the profile of the association selected in Associations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow


def test_with_no_association_selected_it_says_to_select_one(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.REPORTS)
    window.reports.profile_button.click()
    assert window.stack.currentWidget() is window.associations
    assert window.statusBar().currentMessage() == "Select an association to print its profile."


def test_the_profile_of_the_selected_association_is_written(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    window.associations.table.selectRow(0)
    target = tmp_path / "profile.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window.show_area(window.REPORTS)
    with qtbot.waitSignal(window.associations.pdf_written, timeout=20_000):
        window.reports.profile_button.click()
    assert target.read_bytes().startswith(b"%PDF")
