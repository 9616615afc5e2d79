"""Form widgets: countries by name, check lists, errors beside their fields, dialog properties."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.errors import msg
from diaspora_desk.ui.widgets import (
    CheckList,
    CountryCombo,
    CountryField,
    TextField,
    ValidatedForm,
    city_completer,
    line_edit,
)


def test_form_errors_are_translated(marking: None) -> None:
    parent = QWidget()
    form = ValidatedForm(QFormLayout(parent))
    form.add("name", "Name", QLineEdit())
    unplaced = form.show_errors({"name": msg("is required"), "other": msg("is wrong")})
    assert form.errors["name"].text() == "<is required>"
    assert unplaced == ["other: <is wrong>"]


def test_a_country_is_chosen_by_name_and_read_as_its_code(qtbot: QtBot) -> None:
    combo = CountryCombo(allow_empty=True, empty_text="(any)")
    qtbot.addWidget(combo)
    assert combo.code == ""
    combo.code = "gt"
    assert combo.code == "GT"
    assert "Guatemala" in combo.currentText()
    combo.setEditText("Atlantis")
    assert combo.code == "Atlantis"  # kept as typed, for the validation to name it


def test_a_check_list_gives_back_the_values_ticked(qtbot: QtBot) -> None:
    checks = CheckList([("es", "Spanish"), ("en", "English"), ("fr", "French")])
    qtbot.addWidget(checks)
    assert checks.values == ()
    checks.values = ["fr", "es", "xx"]
    assert checks.values == ("es", "fr")


def test_a_field_error_shows_only_while_there_is_one(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    form = ValidatedForm(QFormLayout(parent))
    form.add("name", "Name", line_edit("Full name", max_length=5))
    parent.show()
    form.show_errors({"name": msg("is required")})
    assert form.errors["name"].isVisible()
    form.show_errors({})
    assert not form.errors["name"].isVisible()


class _Dialog(QWidget):
    name = TextField("name_edit")
    country = CountryField("country_combo")

    def __init__(self) -> None:
        super().__init__()
        self.name_edit = line_edit(max_length=10)
        self.country_combo = CountryCombo(self)


def test_dialog_properties_read_and_write_their_widgets(qtbot: QtBot) -> None:
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    dialog.name = "A name far too long"
    assert dialog.name == "A name far"  # the edit's length limit holds
    dialog.country = "MX"
    assert dialog.country == "MX"
    assert dialog.country_combo.currentText().startswith("Mexico")


def test_city_names_complete_from_the_first_letters(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    completer = city_completer(parent, ["Fresno", "Fremont", "Los Angeles"])
    completer.setCompletionPrefix("fre")
    assert completer.completionCount() == 2
