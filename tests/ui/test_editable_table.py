"""The small editable grid of form lists: add, remove, and only rows with text count."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.editable_table import EditableTable


def test_rows_are_added_removed_and_blank_rows_ignored(qtbot: QtBot) -> None:
    table = EditableTable(["Name", "Role"])
    qtbot.addWidget(table)
    table.rows = [["Ana", "President"], ["Luis", "Treasurer"]]
    table.add_button.click()  # a blank row for the officer to fill
    assert table.table.rowCount() == 3
    assert table.rows == [["Ana", "President"], ["Luis", "Treasurer"]]

    cell = table.table.item(2, 0)
    assert cell is not None
    cell.setText("  Marta ")
    assert table.rows[-1] == ["Marta", ""]
    table.table.selectRow(0)
    table.remove_button.click()
    assert table.rows == [["Luis", "Treasurer"], ["Marta", ""]]


def test_a_choice_column_is_picked_from_labels_and_reads_back_as_codes(qtbot: QtBot) -> None:
    table = EditableTable(["Course", "Country"], choices={1: [("MX", "Mexico"), ("GT", "Guatemala")]})
    qtbot.addWidget(table)
    table.rows = [["Welding", "GT"]]
    table.add_row(["Nursing"])
    index = table.table.model().index(1, 1)
    delegate = table.table.itemDelegateForColumn(1)
    assert delegate is not None
    editor = delegate.createEditor(table.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["", "Mexico", "Guatemala"]
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findText("Mexico"))  # the officer picks a name in the list
    delegate.setModelData(editor, table.table.model(), index)
    assert [table.table.item(r, 1).text() for r in range(2)] == ["Guatemala", "Mexico"]  # type: ignore[union-attr]
    assert table.rows == [["Welding", "GT"], ["Nursing", "MX"]]
    editor.deleteLater()


def test_a_long_header_wraps_onto_two_lines_and_shows_whole_as_a_tooltip(qtbot: QtBot) -> None:
    table = EditableTable(["Education level (ISCED)", "Year", "Recognised at home"])
    qtbot.addWidget(table)
    header = table.table.horizontalHeader()
    assert header.minimumHeight() >= 2 * header.fontMetrics().lineSpacing()
    item = table.table.horizontalHeaderItem(2)
    assert item is not None
    assert item.toolTip() == "Recognised at home"
    short = EditableTable(["Year", "Note"])
    qtbot.addWidget(short)
    assert short.table.horizontalHeader().minimumHeight() < 2 * header.fontMetrics().lineSpacing()
