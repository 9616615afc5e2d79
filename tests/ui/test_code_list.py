"""Codes chosen by name with a level: a known name is added once, an unknown one is named."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.ui.code_list import CodeList

LANGUAGES = [("es", "Spanish"), ("en", "English")]


def test_names_become_codes_with_their_level_and_unknown_names_are_said(qtbot: QtBot) -> None:
    chosen = CodeList(LANGUAGES, "Language", ["A1", "B2", "C2"])
    qtbot.addWidget(chosen)
    chosen.picker.setText("spanish")
    chosen.level_combo.setCurrentText("B2")
    chosen.add_button.click()
    chosen.picker.setText("Spanish (es)")
    chosen.level_combo.setCurrentText("C2")
    chosen.add_button.click()
    assert chosen.values == (("es", "C2"),)
    assert chosen.list.item(0).text() == "Spanish — C2"
    chosen.picker.setText("Klingon")
    assert not chosen.add_typed()
    assert chosen.note.text() == "“Klingon” is not in the list: choose from it."
    assert chosen.values == (("es", "C2"),)
