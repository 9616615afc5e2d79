"""The Mobile Visits table views: read-only rows, a row selected again by its id after a reload."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.visits.tables import select_id, selected_row, table_view
from tests.ui.fake_source import TownModel, TownSource


def test_a_row_is_found_again_near_where_it_was_or_on_the_first_page(qtbot: QtBot) -> None:
    source = TownSource(1000)
    model = TownModel(source)
    model.refresh()
    view = table_view(model, "towns")
    qtbot.addWidget(view)
    assert view.objectName() == "towns"
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert selected_row(view) is None
    assert select_id(view, model, 901, near=900)
    assert selected_row(view) == 900
    assert select_id(view, model, 5, near=900)  # not near: found on the first page
    assert selected_row(view) == 4
    source.remove(5)
    model.refresh()
    assert not select_id(view, model, 5, near=4)
    assert selected_row(view) is None  # nothing selected rather than the wrong row
