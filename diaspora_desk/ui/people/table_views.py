"""Table views of the People & Skills tabs, and keeping a selection across a reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from diaspora_desk.ui.paged_model import PagedTableModel


def table_view(
    model: QAbstractItemModel, name: str, *, sorted_by: tuple[int, Qt.SortOrder] | None = None
) -> QTableView:
    """A read-only, single-row-selection view whose last column takes the spare width.

    With ``sorted_by`` (column, order) the headers sort, starting from that indicator, which must
    say how the model's first query sorts (enabling sorting sorts by it at once); column -1 shows
    no indicator and keeps the model's own order until a header is clicked.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if sorted_by is not None:
        view.horizontalHeader().setSortIndicator(*sorted_by)
        view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def selected_item(view: QTableView, role: int) -> Any:
    """The row object (``role`` is the model's ``ROW_ROLE``) of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(role) if rows else None


def reselect(view: QTableView, model: PagedTableModel[Any, Any], item_id: int, near_row: int | None) -> bool:
    """Select the row of ``item_id`` again after the model reloaded; False when it is gone.

    Only pages already read are searched, so the page where the row was (``near_row``) is read first.
    """
    model.row_at(near_row if near_row is not None else 0)
    row = model.row_of(item_id)
    if row is None and near_row:
        model.row_at(0)
        row = model.row_of(item_id)
    if row is None:
        return False
    view.selectRow(row)
    return True
