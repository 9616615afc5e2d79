"""Table views of the Mobile Visits area, and keeping a row selected when its list is reloaded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from diaspora_desk.ui.paged_model import PagedTableModel


def table_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A read-only, row-selecting table as used across the area."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def select_id(view: QTableView, model: PagedTableModel[Any, Any], item_id: int, near: int = 0) -> bool:
    """Select the row of the item with this id, looking in the page around row `near` (where it
    was before a reload) and in the first page; False, and nothing selected, if not found there."""
    for row in (near, 0):
        model.row_at(min(row, model.rowCount() - 1))  # loads that page from SQL
        found = model.row_of(item_id)
        if found is not None:
            view.selectRow(found)
            return True
    view.clearSelection()
    return False
