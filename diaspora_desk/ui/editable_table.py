"""A small editable grid of text cells with Add and Remove buttons (for lists inside a form)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class EditableTable(QWidget):
    """``rows`` gives the non-empty rows as lists of stripped strings."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[str] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _on_remove_clicked(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    @property
    def rows(self) -> list[list[str]]:
        result = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(item.text().strip() if item is not None else "")
            if any(cells):
                result.append(cells)
        return result

    @rows.setter
    def rows(self, values: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for row in values:
            self.add_row(row)
