"""The practices picker: ticked ids in catalogue order; ticked entries unfolded into view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.practice_picker import PracticePicker


def test_ticked_practices_come_back_in_catalogue_order_and_are_in_view(
    qtbot: QtBot, services: Services
) -> None:
    picker = PracticePicker(services.practices.tree())
    qtbot.addWidget(picker)
    ids = [p.id for p in services.practices.all()]
    deep = next(i for i in ids if i.count(".") >= 2)
    [item] = picker.findItems(deep, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
    parent = item.parent()
    assert parent is not None
    assert not parent.isExpanded()
    assert picker.checked == ()

    picker.checked = (deep, ids[0])
    assert picker.checked == (ids[0], deep)
    assert parent.isExpanded()
    assert item.checkState(0) == Qt.CheckState.Checked

    picker.checked = ()
    assert picker.checked == ()
