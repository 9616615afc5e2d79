"""The shared optional-date input: typed as people write dates, picked from a calendar, shown back
as the language writes dates; its table-cell delegate stores ISO 8601."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.i18n import current_language, set_language
from diaspora_desk.ui.date_input import DateDelegate, DateInput, read_date
from diaspora_desk.ui.editable_table import EditableTable


@pytest.fixture
def spanish() -> Iterator[None]:
    before = current_language()
    set_language("es")
    yield
    set_language(before)


@pytest.mark.parametrize("typed", ["2027-03-14", "14/03/2027", "14.03.2027", "14-03-2027", " 14/3/2027 "])
def test_the_forms_people_type_read_as_one_day(typed: str) -> None:
    assert read_date(typed, "Due") == dt.date(2027, 3, 14)


def test_empty_is_no_date_and_a_two_way_date_is_read_day_first() -> None:
    assert read_date("   ", "Due") is None
    assert read_date("03/04/2027", "Due") == dt.date(2027, 4, 3)


@pytest.mark.parametrize("typed", ["next year", "31/02/2027", "2027-01-011", "14/03"])
def test_what_is_not_a_date_is_named_with_its_field(typed: str) -> None:
    with pytest.raises(
        ValueError, match=r"^Due: '.*' is not a date\. Type a date such as 14/03/2027, or pick one\.$"
    ):
        read_date(typed, "Due")


@pytest.mark.usefixtures("spanish")
def test_the_date_is_shown_back_as_the_language_writes_it_and_its_short_form_is_read(qtbot: QtBot) -> None:
    edit = DateInput("Vence")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "14/03/2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "14 mar 2027"
    assert edit.date == dt.date(2027, 3, 14)
    edit.setText("14/3/27")
    assert edit.date == dt.date(2027, 3, 14)


def test_english_shows_iso_and_a_typo_is_left_as_typed(qtbot: QtBot) -> None:
    edit = DateInput("Due")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1.2.2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2027-02-01"
    edit.clear()
    qtbot.keyClicks(edit, "1.2.202")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "1.2.202"
    with pytest.raises(ValidationError) as caught:
        edit.iso("due_on")
    assert "Type a date such as 14/03/2027" in caught.value.errors["due_on"]
    edit.clear()
    assert edit.iso("due_on") == ""


# The offscreen test platform cannot raise a popup or give it the keyboard; a desktop can.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)


@OFFSCREEN_POPUP
def test_a_day_picked_in_the_calendar_fills_the_field(qtbot: QtBot) -> None:
    edit = DateInput("Due")
    qtbot.addWidget(edit)
    edit.show()
    edit.show_calendar()
    qtbot.waitUntil(edit.popup.isVisible)
    assert edit.calendar.selectedDate() == QDate.currentDate()  # nothing typed yet: today
    with qtbot.waitSignal(edit.datePicked):
        edit.calendar.clicked.emit(QDate(2027, 3, 14))
    assert not edit.popup.isVisible()
    assert edit.iso("due_on") == "2027-03-14"
    edit.show_calendar()
    assert edit.calendar.selectedDate() == QDate(2027, 3, 14)  # opens on the date typed
    edit.popup.hide()


@OFFSCREEN_POPUP
def test_the_calendar_button_opens_the_calendar(qtbot: QtBot) -> None:
    edit = DateInput("Due")
    qtbot.addWidget(edit)
    edit.show()
    edit.calendar_action.trigger()
    qtbot.waitUntil(edit.popup.isVisible)
    edit.popup.hide()


def _edit_cell(qtbot: QtBot, grid: EditableTable, row: int, column: int, typed: str) -> None:
    index = grid.table.model().index(row, column)
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = grid.table.findChild(DateInput)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.findChild(DateInput) is None)


@pytest.mark.usefixtures("spanish")
def test_date_cells_show_the_language_and_keep_iso(qtbot: QtBot) -> None:
    grid = EditableTable(["Hito", "Fecha"], dates={1: "Fecha"})
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    grid.add_row(["Obra", "2027-03-14"])
    assert grid.table.model().index(0, 1).data() == "2027-03-14"  # kept as ISO
    assert grid.table.visualRect(grid.table.model().index(0, 1)).isValid()
    delegate = grid.table.itemDelegateForColumn(1)
    assert isinstance(delegate, DateDelegate)
    assert delegate.displayText("2027-03-14", grid.table.locale()) == "14 mar 2027"  # shown as es writes it
    _edit_cell(qtbot, grid, 0, 1, "03/04/2027")
    assert grid.rows == [["Obra", "2027-04-03"]]
    _edit_cell(qtbot, grid, 0, 1, "pronto")
    assert grid.rows == [["Obra", "pronto"]]  # kept as typed, for the form to name on save


@OFFSCREEN_POPUP
def test_escape_closes_the_calendar_and_leaves_the_field_as_it_was(qtbot: QtBot) -> None:
    edit = DateInput("Due")
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("14/03/2027")
    edit.show_calendar()
    qtbot.waitUntil(edit.popup.isVisible)
    qtbot.keyClick(edit.popup, Qt.Key.Key_Escape)
    assert not edit.popup.isVisible()
    assert edit.text() == "14/03/2027"


@OFFSCREEN_POPUP
def test_a_date_cell_takes_a_day_picked_in_the_calendar(qtbot: QtBot) -> None:
    grid = EditableTable(["Milestone", "Due"], dates={1: "Due"})
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    grid.add_row(["Works start", ""])
    index = grid.table.model().index(0, 1)
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = grid.table.findChild(DateInput)
    assert editor is not None
    editor.show_calendar()
    qtbot.waitUntil(editor.popup.isVisible)
    assert grid.table.findChild(DateInput) is editor  # the cell stays in editing while it shows
    editor.calendar.clicked.emit(QDate(2027, 9, 15))
    qtbot.waitUntil(lambda: grid.table.findChild(DateInput) is None)
    assert grid.rows == [["Works start", "2027-09-15"]]
