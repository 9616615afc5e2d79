"""The new-need dialog names what is wrong and saves nothing until it is right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.matching import NeedMode
from diaspora_desk.domain.people import Cefr
from diaspora_desk.domain.queries import NeedQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedRecord
from diaspora_desk.ui.people.need_dialogs import NeedDialog

TODAY = dt.date(2026, 11, 24)


def _save(dialog: NeedDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _dialog(qtbot: QtBot, services: Services, record: NeedRecord | None = None) -> NeedDialog:
    isco = services.people.occupations.isco_labels()
    dialog = NeedDialog(services.people.needs, TODAY, isco, record)
    qtbot.addWidget(dialog)
    return dialog


def test_bad_fields_are_named_and_nothing_is_saved(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.languages_list.picker.setText("Spanglish")
    _save(dialog)
    assert dialog.languages_list.note.text() == "“Spanglish” is not in the list: choose from it."
    dialog.languages_list.picker.setText("Spanish")
    _save(dialog)
    assert dialog.form.errors["institution"].text() == "is required"
    assert dialog.form.errors["isco_codes"].text() != ""
    assert dialog.saved is None
    assert services.people.need_lists.count_needs(NeedQuery()) == 0


def test_a_complete_need_is_saved_with_its_dates(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.institution_edit.setText("Polytechnic")
    dialog.title_edit.setText("Welding instructors")
    dialog.isco_list.picker.setText("7212")
    dialog.isco_list.add_button.click()
    dialog.isco_list.picker.setText(services.people.occupations.isco_labels()["721"])
    dialog.languages_list.picker.setText("Spanish")
    dialog.languages_list.level_combo.setCurrentText("C1")
    assert dialog.mode_combo.currentText() == "On site, temporary"
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.isco_codes == ("721", "7212")
    assert dialog.saved.languages == (("es", Cefr.C1),)
    assert dialog.saved.mode is NeedMode.ON_SITE_TEMPORARY
    assert (dialog.saved.earliest, dialog.saved.latest) == (TODAY, TODAY + dt.timedelta(days=365))


def test_a_need_can_be_edited_after_it_is_created(qtbot: QtBot, services: Services) -> None:
    first = _dialog(qtbot, services)
    first.institution_edit.setText("Polytechnic")
    first.title_edit.setText("Welding instructors")
    first.isco_list.picker.setText("7212")
    with qtbot.waitSignal(first.accepted):
        _save(first)
    assert first.saved is not None
    dialog = _dialog(qtbot, services, first.saved)
    assert dialog.windowTitle() == "Edit need"
    assert [dialog.isco_list.list.item(i).toolTip() for i in range(dialog.isco_list.list.count())] == [
        f"{services.people.occupations.isco_labels()['7212']} (7212)"
    ]
    dialog.title_edit.setText("Welding teachers")
    dialog.languages_list.picker.setText("English")
    dialog.status_combo.setCurrentText("Filled")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    saved = services.people.needs.get(first.saved.id)
    assert (saved.title, saved.status, saved.isco_codes) == ("Welding teachers", "filled", ("7212",))
    assert saved.languages == (("en", Cefr.A1),)


def test_a_chosen_occupation_group_shows_its_code(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.isco_list.picker.setText("Nursing professionals")
    assert dialog.isco_list.add_typed()
    assert dialog.isco_list.list.item(0).text() == "Nursing professionals (2221)"
    assert dialog.isco_list.values == (("2221", ""),)
