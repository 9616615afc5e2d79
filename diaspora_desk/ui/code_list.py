"""A short list of codes chosen by name (occupation groups, languages with a level)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.ui.code_picker import CodePicker

CODE_ROLE = Qt.ItemDataRole.UserRole
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeList(QWidget):
    """Type a name, pick it (and a level when the list has levels), Add; :attr:`values` are the
    chosen (code, level) pairs, level "" when there are no levels. With ``show_codes`` each choice
    shows its code beside its name (ISCO-08 groups, whose names are English only).

    Signals: ``changed()`` when a choice is added or removed.
    """

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        placeholder: str,
        levels: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        show_codes: bool = False,
    ) -> None:
        super().__init__(parent)
        self._names = {code: f"{name} ({code})" if show_codes else name for code, name in choices}
        self.picker = CodePicker(choices, placeholder)
        self.level_combo = QComboBox()
        self.level_combo.addItems(list(levels))
        self.level_combo.setVisible(bool(levels))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.note = QLabel()
        self.note.setStyleSheet("color: #a33;")
        self.note.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.level_combo)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.list)

    def add(self, code: str, level: str = "") -> None:
        """Show one more choice; a code already there takes the new level."""
        for index in range(self.list.count()):
            if self.list.item(index).data(CODE_ROLE) == code:
                self.list.takeItem(index)
                break
        name = self._names.get(code, code)
        item = QListWidgetItem(f"{name} — {level}" if level else name)
        item.setData(CODE_ROLE, code)
        item.setData(LEVEL_ROLE, level)
        item.setToolTip(name if name.endswith(f"({code})") else f"{name} ({code})")
        self.list.addItem(item)
        self.changed.emit()

    @property
    def values(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (str(self.list.item(i).data(CODE_ROLE)), str(self.list.item(i).data(LEVEL_ROLE)))
            for i in range(self.list.count())
        )

    @values.setter
    def values(self, chosen: Sequence[tuple[str, str]]) -> None:
        self.list.clear()
        for code, level in chosen:
            self.add(code, level)
        self.changed.emit()

    @property
    def pending(self) -> bool:
        """Something typed but not added yet (Save adds it when it is known)."""
        return bool(self.picker.text().strip())

    def add_typed(self) -> bool:
        """Add what is typed; False (with a note) when it matches nothing in the list."""
        code = self.picker.code
        if code is None:
            self.note.setText(
                self.tr("“{text}” is not in the list: choose from it.").format(text=self.picker.text())
            )
            self.note.setVisible(True)
            return False
        self.note.setVisible(False)
        self.add(code, self.level_combo.currentText() if self.level_combo.count() else "")
        self.picker.clear()
        return True

    def _on_add_clicked(self) -> None:
        self.add_typed()

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Offer another list; what is already chosen stays."""
        self._names.update(choices)
        self.picker.set_choices(choices)
