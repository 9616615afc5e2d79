"""The new-need dialog names what is wrong and saves nothing until it is right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.matching import NeedMode
from diaspora_desk.domain.people import Cefr
from diaspora_desk.domain.queries import NeedQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.people.need_dialogs import NeedDialog

TODAY = dt.date(2026, 11, 24)


def _save(dialog: NeedDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_bad_fields_are_named_and_nothing_is_saved(qtbot: QtBot, services: Services) -> None:
    dialog = NeedDialog(services.people.needs, TODAY)
    qtbot.addWidget(dialog)
    dialog.languages_edit.setText("es:Z9")
    _save(dialog)
    assert "Z9" in dialog.form.errors["languages"].text()
    dialog.languages_edit.setText("es:C1")
    dialog.isco_edit.setText("9999")
    _save(dialog)
    assert dialog.form.errors["institution"].text() == "is required"
    assert "9999" in dialog.form.errors["isco_codes"].text()
    assert dialog.saved is None
    assert services.people.need_lists.count_needs(NeedQuery()) == 0


def test_a_complete_need_is_saved_with_its_dates(qtbot: QtBot, services: Services) -> None:
    dialog = NeedDialog(services.people.needs, TODAY)
    qtbot.addWidget(dialog)
    dialog.institution_edit.setText("Polytechnic")
    dialog.title_edit.setText("Welding instructors")
    dialog.isco_edit.setText("7212; 721")
    dialog.languages_edit.setText("es:C1")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.isco_codes == ("721", "7212")
    assert dialog.saved.languages == (("es", Cefr.C1),)
    assert dialog.saved.mode is NeedMode(dialog.mode_combo.itemData(0))
    assert (dialog.saved.earliest, dialog.saved.latest) == (TODAY, TODAY + dt.timedelta(days=365))
