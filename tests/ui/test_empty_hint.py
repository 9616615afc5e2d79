"""The hint shows over an empty list, follows rows coming and going, and its link calls back."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.empty_hint import EmptyHint, clear_link


def test_the_hint_follows_the_rows_and_its_link_calls_back(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 1)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    clicked: list[str] = []
    hint = EmptyHint(view, lambda: "Nothing yet. " + clear_link("Clear"), clicked.append)
    assert hint.text() == 'Nothing yet. <a href="clear">Clear</a>'
    model.appendRow(QStandardItem("one"))
    assert not hint.shown
    model.removeRow(0)
    assert hint.shown
    hint.label.linkActivated.emit("clear")
    assert clicked == ["clear"]
