"""Empty lists say why they are empty and what to do, inside the list itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

CLEAR_LINK = "clear"


def clear_link(text: str) -> str:
    """A link that, clicked in the hint, calls the hint's ``on_link`` with "clear"."""
    return f'<a href="{CLEAR_LINK}">{text}</a>'


class EmptyHint(QObject):
    """A message over ``view``'s viewport while its model has no rows.

    ``message`` is asked each time the list turns empty (it knows whether a search or filter is
    set: "nobody matches; clear the filters" rather than "nobody registered yet"); links in it
    call ``on_link`` with their href.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        message: Callable[[], str],
        on_link: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._message = message
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setStyleSheet("color: #555; padding: 24px;")
        if on_link is not None:
            self.label.linkActivated.connect(on_link)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self._view.viewport().rect())
        return False

    @property
    def shown(self) -> bool:
        return not self.label.isHidden()

    def text(self) -> str:
        return self.label.text() if self.shown else ""

    def update(self) -> None:
        empty = self._view.model().rowCount() == 0
        if empty:
            self.label.setText(self._message())
            self.label.setGeometry(self._view.viewport().rect())
        self.label.setVisible(empty)
