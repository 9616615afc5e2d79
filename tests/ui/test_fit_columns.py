"""Lists fit their window: the flexible columns give way, keeping their proportions."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.fit_columns import FitColumns


def test_flexible_columns_shrink_and_grow_with_the_view(qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 4)
    for row in range(3):
        model.setItem(row, 0, QStandardItem("María Fernanda Ajanel Chocooj de León"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column, width in enumerate((300, 60, 200, 60)):
        view.setColumnWidth(column, width)
    FitColumns(view, (0, 2))
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(4))
    assert total == view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(0) > header.sectionSize(2)  # 3:2 as the widths were
    assert (header.sectionSize(1), header.sectionSize(3)) == (60, 60)
    view.resize(900, 200)
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(4)) == view.viewport().width())
