"""Filters take names, not only codes, and say when they know neither."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.geography import all_languages
from diaspora_desk.ui.code_picker import CodePicker


def test_a_name_a_code_or_a_completion_all_give_the_code(qtbot: QtBot) -> None:
    picker = CodePicker(all_languages(), "Language")
    qtbot.addWidget(picker)
    for typed in ("Spanish", "spanish", "es", "ES", "Spanish (es)"):
        picker.setText(typed)
        assert (picker.code, picker.unknown) == ("es", False)
    picker.setText("K'iche'")
    assert picker.code == "quc"
    picker.setText("Klingonese")
    assert picker.code is None
    assert picker.unknown
    picker.clear()
    assert picker.code is None
    assert not picker.unknown


def test_the_completion_offers_names_with_their_codes(qtbot: QtBot) -> None:
    picker = CodePicker([("22", "Health professionals"), ("2221", "Nursing professionals")], "Group")
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix("nurs")
    assert completer.currentCompletion() == "Nursing professionals (2221)"
    picker.setText("health professionals")
    assert picker.code == "22"
