"""A small editable grid of text cells with Add and Remove buttons (for lists inside a form)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.ui.date_input import DateDelegate

CODE_ROLE = Qt.ItemDataRole.UserRole
Choices = Sequence[tuple[str, str]]  # (code, label)


class ChoiceDelegate(QStyledItemDelegate):
    """A cell chosen from a list by its label (a country, a level); the cell keeps the code."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", "")
        for code, label in self.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(CODE_ROLE) or ""), 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), CODE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


# Headers longer than this may not fit their column on one line: the header gets two.
LONG_HEADER = 14


class EditableTable(QWidget):
    """``rows`` gives the non-empty rows as lists of stripped strings.

    A column in ``choices`` is picked from a list of labels and reads back as the chosen code; a
    column in ``dates`` (column -> field name for messages) holds an optional date, shown as the
    language writes dates and read back as ISO 8601 (or as typed when it is not a date).
    """

    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None = None,
        *,
        choices: Mapping[int, Choices] | None = None,
        dates: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = {column: dict(values) for column, values in (choices or {}).items()}
        self.table = QTableWidget(0, len(headers))
        for column, values in (choices or {}).items():
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(values, self.table))
        for column, field in (dates or {}).items():
            self.table.setItemDelegateForColumn(column, DateDelegate(field, self.table))
        self.table.setHorizontalHeaderLabels(list(headers))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A long header wraps onto a second line instead of losing both its ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        if any(len(text) > LONG_HEADER and " " in text for text in headers):
            header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 8)
        for column, text in enumerate(headers):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(text)
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
            labels = self._labels.get(column)
            if labels is None:
                self.table.setItem(row, column, QTableWidgetItem(text))
                continue
            item = QTableWidgetItem(labels.get(text, text))
            item.setData(CODE_ROLE, text)
            self.table.setItem(row, column, item)

    def choose(self, row: int, column: int, code: str) -> None:
        """Pick ``code`` in a choice cell (what choosing its label in the list does)."""
        item = self.table.item(row, column)
        if item is not None:
            item.setData(CODE_ROLE, code)
            item.setText(self._labels[column].get(code, code))

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
                if item is not None and column in self._labels:
                    cells.append(str(item.data(CODE_ROLE) or item.text()).strip())
                else:
                    cells.append(item.text().strip() if item is not None else "")
            if any(cells):
                result.append(cells)
        return result

    @rows.setter
    def rows(self, values: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for row in values:
            self.add_row(row)
