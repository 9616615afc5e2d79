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


def test_a_window_first_laid_out_narrow_keeps_the_names_widest(qtbot: QtBot) -> None:
    # The first layout can happen before the window has its size: every flexible column is then
    # clamped to the minimum, and the widths given (name widest) must still hold once it is wide.
    model = QStandardItemModel(3, 4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column, width in enumerate((300, 60, 100, 60)):
        view.setColumnWidth(column, width)
    FitColumns(view, (0, 2))
    view.resize(150, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.sectionSize(0) == header.sectionSize(2) == FitColumns.MIN_WIDTH
    view.resize(900, 200)
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(4)) == view.viewport().width())
    assert header.sectionSize(0) >= 2 * header.sectionSize(2)  # 3:1 as given, not 1:1


def test_a_column_the_officer_widens_keeps_its_share(qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 3)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column, width in enumerate((200, 60, 200)):
        view.setColumnWidth(column, width)
    FitColumns(view, (0, 2))
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    header.resizeSection(0, 400)  # the officer drags the name column wider
    view.resize(700, 200)
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(3)) == view.viewport().width())
    assert header.sectionSize(0) > header.sectionSize(2)
