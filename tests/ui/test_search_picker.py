"""Picking a record by name: nothing is picked by typing alone, short text finds nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.ui.search_picker import SearchPicker

FOUND = [(7, "Club Xelajú — Fresno"), (9, "Club Xelajú — Reno")]


def test_two_namesakes_are_offered_and_only_a_pick_chooses(qtbot: QtBot) -> None:
    asked: list[str] = []

    def search(text: str) -> list[tuple[int, str]]:
        asked.append(text)
        return FOUND

    picker = SearchPicker(search, "Association")
    qtbot.addWidget(picker)
    assert picker.offer("c") == []
    assert asked == []
    picker.setText("Club Xelajú — Reno")
    picker.textEdited.emit("club")
    assert picker.chosen_id is None
    with qtbot.waitSignal(picker.picked) as picked:
        picker.choose("Club Xelajú — Reno")
    assert picker.chosen_id == 9
    assert picked.args == [9]
    picker.set_choice(None)
    assert (picker.chosen_id, picker.text()) == (None, "")
