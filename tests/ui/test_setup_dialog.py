"""First-run setup and Settings: what the officer enters is what the database keeps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.services.common.clock import FixedClock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.composition import Services, open_services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.setup_dialog import SetupDialog


def _text(item: QLabel | None) -> str:
    assert item is not None
    return item.text()


def test_first_run_setup_stores_country_consulate_and_officer(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, gazetteer: Gazetteer
) -> None:
    services = open_services(tmp_path / "new.sqlite", clock=clock, gazetteer=gazetteer)
    try:
        assert not services.settings.current().configured
        dialog = SetupDialog(services.settings, services.gazetteer, first_run=True)
        qtbot.addWidget(dialog)
        assert dialog.demo_button is not None
        dialog.origin_combo.code = "SN"
        dialog.consulate_name_edit.setText("Consulat général à Milan")
        dialog.host_combo.code = "IT"
        dialog.city_edit.setText("milano")
        dialog.jurisdiction_list.values = ("IT-25", "IT-21")
        dialog.officer_edit.setText("Awa Ndiaye Test")
        with qtbot.waitSignal(dialog.accepted):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        settings = services.settings.current()
        assert settings.configured
        assert settings.origin_country == "SN"
        assert settings.officer_name == "Awa Ndiaye Test"
        assert settings.consulate is not None
        assert (settings.consulate.country, settings.consulate.city) == ("IT", "Milan")
        assert settings.consulate.latitude is not None
        assert settings.consulate.jurisdiction == ("IT-21", "IT-25")
        assert services.audit.recent()[0].action == "settings"
    finally:
        services.close()


def test_missing_fields_are_named_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, gazetteer: Gazetteer
) -> None:
    services = open_services(tmp_path / "new.sqlite", clock=clock, gazetteer=gazetteer)
    try:
        dialog = SetupDialog(services.settings, services.gazetteer, first_run=True)
        qtbot.addWidget(dialog)
        dialog.origin_combo.setEditText("Atlantis")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert "Atlantis" in _text(dialog.findChild(QLabel, "error_origin_country"))
        assert _text(dialog.findChild(QLabel, "error_officer_name")) == "is required"
        assert not services.settings.current().configured
    finally:
        services.close()


def test_choosing_the_demo_is_reported_to_the_caller(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, gazetteer: Gazetteer
) -> None:
    services = open_services(tmp_path / "new.sqlite", clock=clock, gazetteer=gazetteer)
    try:
        dialog = SetupDialog(services.settings, services.gazetteer, first_run=True)
        qtbot.addWidget(dialog)
        assert dialog.demo_button is not None
        with qtbot.waitSignal(dialog.accepted):
            dialog.demo_button.click()
        assert dialog.demo_requested
    finally:
        services.close()


def test_settings_dialog_changes_the_officer_shown_in_the_title(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "Test Officer" in window.windowTitle()
    dialog = window.open_settings()
    assert dialog.consulate_name_edit.text() == "Test Consulate"
    assert dialog.jurisdiction_list.values == ("US-CA",)
    dialog.officer_edit.setText("Second Officer")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Second Officer" in window.windowTitle()
    assert services.settings.officer() == "Second Officer"
