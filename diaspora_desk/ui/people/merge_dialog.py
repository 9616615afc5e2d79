"""Two records of one person side by side: a choice per field, what moves, then a confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.services.people.merge_fields import MergeComparison, MergeField
from diaspora_desk.ui.undo import confirm

MAX_HEIGHT = 680  # fits a 1366x768 screen with the task bar


class MergeDialog(QDialog):
    """The kept record on the left, the one merged into it on the right.

    Each field that differs has a radio button per side, set to the suggested value (the more
    complete, else the more recent); :attr:`take_from_other` is what the officer chose.
    """

    def __init__(self, comparison: MergeComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records of the same person"))
        self.comparison = comparison
        self._groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter never merges: the destructive button is not the default.
        self.merge_button.setAutoDefault(False)
        cancel.setDefault(True)
        buttons.accepted.connect(self._on_merge_clicked)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._fields_grid())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose, for each line, the value the kept record will have. The record on the "
                "right is then marked as merged and leaves the lists; nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self.moves_label = QLabel(self._moves_text())
        self.moves_label.setWordWrap(True)
        layout.addWidget(self.moves_label)
        layout.addWidget(buttons)
        self.resize(900, min(MAX_HEIGHT, 180 + 26 * len(comparison.fields)))

    def _fields_grid(self) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        kept, other = self.comparison.kept, self.comparison.other
        headers = (
            "",
            self.tr("<b>Keep: {name}</b><br>{summary}").format(name=kept.name, summary=kept.summary),
            self.tr("<b>Merge in: {name}</b><br>{summary}").format(name=other.name, summary=other.summary),
        )
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(text), 0, column)
        for row, field in enumerate(self.comparison.fields, start=1):
            grid.addWidget(QLabel(self.tr(field.label)), row, 0)
            if field.differs:
                self._add_choice(grid, row, field)
            else:
                same = QLabel(field.kept_value or self.tr("(empty on both)"))
                same.setEnabled(bool(field.kept_value))
                grid.addWidget(same, row, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.comparison.fields) + 1, 1)
        return grid_widget

    def _add_choice(self, grid: QGridLayout, row: int, field: MergeField) -> None:
        empty = self.tr("(empty)")
        mine = QRadioButton(field.kept_value or empty)
        theirs = QRadioButton(field.other_value or empty)
        for button, value in ((mine, field.kept_value), (theirs, field.other_value)):
            button.setToolTip(value)
            button.setObjectName(f"merge_{field.key}")
        group = QButtonGroup(self)
        group.addButton(mine)
        group.addButton(theirs)
        (theirs if field.suggest_other else mine).setChecked(True)
        grid.addWidget(mine, row, 1)
        grid.addWidget(theirs, row, 2)
        self._groups[field.key] = (mine, theirs)

    def _moves_text(self) -> str:
        moving = [f"{self.tr(label)}: {count}" for label, count in self.comparison.moves if count]
        if not moving:
            return self.tr("The record on the right holds nothing else to move.")
        return self.tr("Moves to the kept record: {items}; and its history.").format(items=", ".join(moving))

    @property
    def take_from_other(self) -> frozenset[str]:
        return frozenset(key for key, (_mine, theirs) in self._groups.items() if theirs.isChecked())

    def choose(self, key: str, *, other: bool) -> None:
        """Pick a side for one field (what clicking its radio button does)."""
        mine, theirs = self._groups[key]
        (theirs if other else mine).setChecked(True)

    def choices_offered(self) -> tuple[str, ...]:
        return tuple(self._groups)

    def _on_merge_clicked(self) -> None:
        kept, other = self.comparison.kept.name, self.comparison.other.name
        question = self.tr(
            "Merge “{other}” into “{kept}”? “{other}” will be marked as merged and leave the lists; "
            "what it holds moves to “{kept}”."
        ).format(other=other, kept=kept)
        if confirm(self, self.tr("Merge"), question, self.tr("Merge")):
            self.accept()
