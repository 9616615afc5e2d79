"""Choosing a registered person by name, never by id."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.people_records import PersonRow

MIN_TYPED = 2


def person_label(row: PersonRow) -> str:
    """ "Ana Xol — 1980, Fresno, United States": enough to tell two namesakes apart."""
    details = ", ".join(
        p for p in (str(row.birth_year) if row.birth_year else "", row.city, country_name(row.country)) if p
    )
    return f"{row.name} — {details}" if details else row.name


class PersonPicker(QLineEdit):
    """Type part of a name, a phone or an e-mail; the completion lists the people it finds.

    :attr:`person_id` is the chosen person, None until one is picked from the list.
    """

    def __init__(
        self,
        search: Callable[[str], Sequence[PersonRow]],
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
    def person_id(self) -> int | None:
        return self._chosen

    def set_person(self, person_id: int | None, label: str = "") -> None:
        self._chosen = person_id
        self.setText(label if person_id is not None else "")

    def offer(self, text: str) -> list[str]:
        """Look ``text`` up and offer what it finds; returns the labels offered."""
        rows = self._search(text) if len(text.strip()) >= MIN_TYPED else []
        self._ids = {person_label(row): row.id for row in rows}
        self._names.setStringList(list(self._ids))
        return list(self._ids)

    def choose(self, label: str) -> None:
        """Pick one of the offered people (what clicking it in the list does)."""
        self._chosen = self._ids.get(label)
        self.setText(label)

    def _on_text_edited(self, text: str) -> None:
        self._chosen = self._ids.get(text)
        self.offer(text)
        completer = self.completer()
        if completer is not None and self._ids and self.hasFocus():
            completer.complete()

    def _on_completion_activated(self, label: str) -> None:
        self.choose(label)
