"""Lists that fit their window: no sideways scrolling at 1366 pixels wide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView


class FitColumns(QObject):
    """Keeps a table's columns as wide as its viewport by scaling the ``flexible`` columns (their
    widths keep the proportions the officer gave them), so the list never scrolls sideways
    when the window is made smaller; text that no longer fits is elided, its tooltip whole."""

    MIN_WIDTH = 70

    def __init__(self, view: QTableView, flexible: tuple[int, ...]) -> None:
        super().__init__(view)
        self._view = view
        self._flexible = flexible
        header = view.horizontalHeader()
        # The widths the columns are scaled from: those given before, then the officer's own.
        # Scaling the current widths instead lost the proportions once a narrow window (or the
        # first layout, before the window has its size) had clamped them all to MIN_WIDTH.
        self._preferred = {column: header.sectionSize(column) for column in flexible}
        self._fitting = False
        header.sectionResized.connect(self._resized)
        header.setStretchLastSection(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        available = self._view.viewport().width()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        flexible = [c for c in self._flexible if c in visible]
        fixed = sum(header.sectionSize(c) for c in visible if c not in flexible)
        current = sum(self._preferred[c] for c in flexible)
        room = available - fixed
        if not flexible or current <= 0 or room <= 0:
            return
        self._fitting = True
        try:
            for column in flexible[:-1]:
                width = max(self.MIN_WIDTH, self._preferred[column] * room // current)
                header.resizeSection(column, width)
            rest = room - sum(header.sectionSize(c) for c in flexible[:-1])
            header.resizeSection(flexible[-1], max(self.MIN_WIDTH, rest))
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._preferred and new > 0:
            self._preferred[column] = new
