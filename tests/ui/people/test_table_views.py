"""The People & Skills table views: read-only, one row at a time, the selection kept across a reload."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.people.table_views import reselect, selected_item, selected_row, table_view
from tests.ui.fake_source import TownModel, TownSource


def test_the_selected_town_is_selected_again_after_a_reload(qtbot: QtBot) -> None:
    source = TownSource(1000)
    model = TownModel(source)
    model.refresh()
    view = table_view(model, "towns")
    qtbot.addWidget(view)
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert selected_row(view) is None
    assert selected_item(view, TownModel.ROW_ROLE) is None
    view.selectRow(700)
    town = selected_item(view, TownModel.ROW_ROLE)
    assert town.name == "Town 00701"
    source.remove(3)  # a row above it goes: the town moves up one
    model.refresh()
    assert reselect(view, model, town.id, near_row=700)
    assert selected_row(view) == 699
    assert selected_item(view, TownModel.ROW_ROLE) == town
    source.remove(town.id)
    model.refresh()
    assert not reselect(view, model, town.id, near_row=699)
