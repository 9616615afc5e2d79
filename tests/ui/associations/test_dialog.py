"""The association form: errors next to their field, on the tab that holds it; editing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.associations.dialog import AssociationDialog
from tests.ui.associations.helpers import click_save


def _dialog(qtbot: QtBot, services: Services, **kwargs: object) -> AssociationDialog:
    dialog = AssociationDialog(services.associations.registry, services.gazetteer, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _error(dialog: AssociationDialog, key: str) -> QLabel:
    """The message shown under a field."""
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label


def test_invalid_input_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services, default_country="US")
    assert dialog.country == "US"
    dialog.name = ""
    dialog.phones = "12345"
    dialog.founded_edit.setText("2999")
    click_save(dialog)
    assert dialog.isVisible()
    assert _error(dialog, "name").text() == "is required"
    assert "12345" in _error(dialog, "phone").text()
    assert "2999" in _error(dialog, "founded_year").text()
    assert dialog.tabs.currentIndex() == 0  # the first tab with an error
    assert dialog.saved is None


def test_an_error_on_another_tab_brings_that_tab_into_view(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, default_country="US")
    dialog.name = "Club Uno"
    dialog.phones = "12345"
    click_save(dialog)
    assert dialog.saved is None
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Contacts"
    assert _error(dialog, "phone").isVisible()


def test_editing_shows_the_record_and_saves_the_change(qtbot: QtBot, services: Services) -> None:
    record = services.associations.registry.create(
        AssociationDraft(name="Club Uno", country="US", city="Fresno", phones=("(559) 555-0142",))
    )
    dialog = _dialog(qtbot, services, record=record)
    assert dialog.windowTitle() == "Edit association"
    assert (dialog.name, dialog.country, dialog.city) == ("Club Uno", "US", "Fresno")
    assert dialog.phones == "+15595550142"
    dialog.city = "Visalia"
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog)
    assert services.associations.registry.get(record.id).city == "Visalia"


def test_languages_are_chosen_by_name(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, default_country="US")
    dialog.name = "Club Uno"
    dialog.languages_list.picker.setText("Spanish")
    dialog.languages_list.add_button.click()
    dialog.languages_list.picker.setText("Klingonese")
    click_save(dialog)
    assert dialog.saved is None
    assert dialog.languages_list.note.text() == "“Klingonese” is not in the list: choose from it."
    dialog.languages_list.picker.setText("English")
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog)
    assert dialog.saved is not None
    assert sorted(dialog.saved.languages) == ["en", "es"]
    again = _dialog(qtbot, services, record=dialog.saved)
    assert sorted(again.languages_list.list.item(i).text() for i in range(2)) == ["English", "Spanish"]
