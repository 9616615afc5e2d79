"""Lists fit their window: the flexible columns give way, keeping their proportions."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.fit_columns import FitColumns


def _shown_table(qtbot: QtBot, widths: tuple[int, ...], flexible: tuple[int, ...], size: int) -> QTableView:
    """A table with columns of ``widths``, fitted, shown ``size`` pixels wide."""
    model = QStandardItemModel(3, len(widths))
    for row in range(3):
        model.setItem(row, 0, QStandardItem("María Fernanda Ajanel Chocooj de León"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    FitColumns(view, flexible)
    view.resize(size, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def _widen(qtbot: QtBot, view: QTableView, size: int) -> QHeaderView:
    header = view.horizontalHeader()
    view.resize(size, 200)
    columns = range(header.count())
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in columns) == view.viewport().width())
    return header


def test_flexible_columns_shrink_and_grow_with_the_view(qtbot: QtBot) -> None:
    view = _shown_table(qtbot, (300, 60, 200, 60), (0, 2), 400)
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(4))
    assert total == view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(0) > header.sectionSize(2)  # 3:2 as the widths were
    assert (header.sectionSize(1), header.sectionSize(3)) == (60, 60)
    _widen(qtbot, view, 900)


def test_a_window_first_laid_out_narrow_keeps_the_names_widest(qtbot: QtBot) -> None:
    # The first layout can happen before the window has its size: every flexible column is then
    # clamped to the minimum, and the widths given (name widest) must still hold once it is wide.
    view = _shown_table(qtbot, (300, 60, 100, 60), (0, 2), 150)
    header = view.horizontalHeader()
    assert header.sectionSize(0) == header.sectionSize(2) == FitColumns.MIN_WIDTH
    _widen(qtbot, view, 900)
    assert header.sectionSize(0) >= 2 * header.sectionSize(2)  # 3:1 as given, not 1:1


def test_a_column_the_officer_widens_keeps_its_share(qtbot: QtBot) -> None:
    view = _shown_table(qtbot, (200, 60, 200), (0, 2), 600)
    header = view.horizontalHeader()
    header.resizeSection(0, 400)  # the officer drags the name column wider
    _widen(qtbot, view, 700)
    assert header.sectionSize(0) > header.sectionSize(2)
