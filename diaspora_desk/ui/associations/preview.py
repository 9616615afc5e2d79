"""The associations list as it opens, shown while the database opens (read-only).

Its rows are Qt's own item model filled once with the list's texts (``columns.cell_text``): the
table paints them without calling into Python, and nothing here builds the ``Qt`` namespace's
enum types, which a Python table model does at its first header call (~15 ms before the rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from diaspora_desk.services.associations.rows import FirstPage
from diaspora_desk.ui.associations import columns

# Qt.ItemDataRole.TextAlignmentRole, as the number QStandardItem.setData takes.
_ALIGNMENT_ROLE = 7

if TYPE_CHECKING:
    # For the annotation only: importing it builds QEvent's enums (~3 ms before the window shows).
    from PySide6.QtGui import QPaintEvent


class PreviewTable(QTableView):
    """The preview's table.

    Signals: ``painted()`` once, when its rows have first been painted.
    """

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: whatever the signal starts runs after this paint has reached the screen.
            QTimer.singleShot(0, self, self.painted.emit)


class AssociationsPreview(QWidget):
    """The first page of the associations list, read before the application has loaded.

    It looks as the list will, so the officer sees their data at once; nothing can be edited or
    searched until the database is open and the real page replaces this one.
    """

    def __init__(self, first: FirstPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("associationsPreview")
        self.model = preview_model(first)
        self.table = PreviewTable()
        self.table.setObjectName("associationsPreviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(
            self.tr(
                "%Ln association(s). Opening the database; searching and editing start in a moment.",
                "",
                first.total,
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)


def preview_model(first: FirstPage) -> QStandardItemModel:
    """The first page's rows as the list shows them; read-only, the names' tooltips whole."""
    titles = columns.headers()
    model = QStandardItemModel(len(first.rows), len(titles))
    model.setHorizontalHeaderLabels(list(titles))
    for row, association in enumerate(first.rows):
        for column in range(len(titles)):
            text = columns.cell_text(association, column)
            item = QStandardItem(text)
            item.setEditable(False)
            if column == columns.NAME:
                item.setToolTip(text)  # elided in a narrow window, as in the list
            elif column == columns.MEMBERS:
                item.setData(columns.RIGHT_ALIGNED, _ALIGNMENT_ROLE)
            model.setItem(row, column, item)
    return model
