"""The consulates: add one with its jurisdiction ticked by name, refuse unknown towns, edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.consulates_page import ConsulateDialog, ConsulatesPage


def _save(dialog: ConsulateDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _error(dialog: ConsulateDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_add_and_edit_a_consulate(qtbot: QtBot, qtmodeltester: ModelTester, services: Services) -> None:
    page = ConsulatesPage(services.visits.consulates, services.settings, services.gazetteer)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    dialog = page.new_consulate()
    dialog.name = "Consulate in Phoenix"
    dialog.country = "US"
    dialog.city = "phoenix"
    names = [dialog.jurisdiction_list.item(i).text() for i in range(dialog.jurisdiction_list.count())]
    assert "Arizona (US-AZ)" in names  # the states by name, none to type
    dialog.jurisdiction = ("US-AZ", "us-ut")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert page.model.rowCount() == before + 1
    saved = dialog.saved
    assert saved is not None
    assert saved.city == "Phoenix"
    assert saved.jurisdiction == ("US-AZ", "US-UT")

    page.table.selectRow([c.id for c in page.model.rows].index(saved.id))
    edit = page.edit_selected()
    assert edit is not None
    assert edit.name == "Consulate in Phoenix"
    assert edit.jurisdiction == ("US-AZ", "US-UT")
    edit.city = "Nowhere-in-particular"
    _save(edit)
    assert "gazetteer" in _error(edit, "city")
    edit.city = "Tucson"
    with qtbot.waitSignal(edit.accepted):
        _save(edit)
    assert services.visits.consulates.get(saved.id).city == "Tucson"
