"""A line edit that finds records by name as the officer types and keeps the id of the one picked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

MIN_TYPED = 2


class SearchPicker(QLineEdit):
    """Type part of a name; the completion lists what ``search`` finds as (id, label) pairs.

    :attr:`chosen_id` is the record picked from the list, None until one is picked (typing alone
    never picks: two records may share a name). Signals: ``picked(int)`` when the officer picks a
    record from the list (not when :meth:`set_choice` sets one).
    """

    picked = Signal(int)

    def __init__(
        self,
        search: Callable[[str], Sequence[tuple[int, str]]],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._ids: dict[str, int] = {}
        self._chosen: int | None = None
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The search already matched (any word order, no accents): show every result.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_completion_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)

    @property
    def chosen_id(self) -> int | None:
        return self._chosen

    def set_choice(self, record_id: int | None, label: str = "") -> None:
        self._chosen = record_id
        self._show(label if record_id is not None else "")

    def offer(self, text: str) -> list[str]:
        """Look ``text`` up and offer what it finds; returns the labels offered."""
        found = self._search(text) if len(text.strip()) >= MIN_TYPED else []
        self._ids = {label: record_id for record_id, label in found}
        self._names.setStringList(list(self._ids))
        return list(self._ids)

    def choose(self, label: str) -> None:
        """Pick one of the offered records (what clicking it in the list does)."""
        self._chosen = self._ids.get(label)
        self._show(label)
        if self._chosen is not None:
            self.picked.emit(self._chosen)

    def _show(self, label: str) -> None:
        """A long label shows from its start (the name), whole in the tooltip."""
        self.setText(label)
        self.setCursorPosition(0)
        self.setToolTip(label)

    def _on_text_edited(self, text: str) -> None:
        self._chosen = self._ids.get(text)
        self.offer(text)
        completer = self.completer()
        if completer is not None and self._ids and self.hasFocus():
            completer.complete()

    def _on_completion_activated(self, label: str) -> None:
        self.choose(label)
