"""The in-memory record model: one display function per column, numbers right-aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.ui.record_model import RIGHT, RecordTableModel
from tests.ui.fake_source import Town


def test_rows_show_through_their_column_functions(qtmodeltester: ModelTester) -> None:
    model: RecordTableModel[Town] = RecordTableModel(
        (("Town", lambda t: t.name), ("People", lambda t: f"{t.people:,}")), numeric=(1,)
    )
    qtmodeltester.check(model)
    towns = [Town(1, "Fresno", 1200), Town(2, "Clovis", 3)]
    model.set_rows(towns)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "1,200"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Clovis"
    assert model.index(1, 0).data(RecordTableModel.ROW_ROLE) == towns[1]
    assert model.row_at(1) == towns[1]
    assert model.row_at(2) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "People"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    towns.clear()
    assert len(model.rows) == 2  # the model keeps its own copy
    model.set_rows([])
    assert model.rowCount() == 0
