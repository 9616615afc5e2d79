"""The associations list as it opens, shown while the database opens (read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from diaspora_desk.services.associations.rows import FirstPage
from diaspora_desk.ui.associations.list_model import AssociationTableModel

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
        self.model = AssociationTableModel(first)
        self.model.refresh()
        self.table = PreviewTable()
        self.table.setObjectName("associationsPreviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            AssociationTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
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
