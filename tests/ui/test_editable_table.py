"""The small editable grid of form lists: add, remove, and only rows with text count."""

from __future__ import annotations

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
