"""A filter box that takes a name or a code from a code list and says when it knows neither."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from diaspora_desk.domain.text import fold

_IN_BRACKETS = re.compile(r"\(([^()]+)\)\s*$")


class CodePicker(QLineEdit):
    """Type a name ("Spanish", "health professionals") or a code ("es", "22"); the completion
    offers "name (code)". :attr:`code` is the chosen code, None when empty or unknown;
    :attr:`unknown` is True when something was typed that matches nothing in the list.
    """

    def __init__(
        self, choices: Sequence[tuple[str, str]], placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._by_code: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        self._offered = QStringListModel(self)
        completer = QCompleter(self._offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Offer another list (the towns of other countries...); a name equal to its code (a town)
        is offered without the code in brackets."""
        self._by_code = {code.casefold(): code for code, _name in choices}
        self._by_name = {fold(name): code for code, name in choices}
        self._offered.setStringList([name if name == code else f"{name} ({code})" for code, name in choices])

    @property
    def code(self) -> str | None:
        typed = self.text().strip()
        if not typed:
            return None
        bracketed = _IN_BRACKETS.search(typed)
        if bracketed and bracketed.group(1).casefold() in self._by_code:
            return self._by_code[bracketed.group(1).casefold()]
        return self._by_code.get(typed.casefold()) or self._by_name.get(fold(typed))

    @property
    def unknown(self) -> bool:
        return bool(self.text().strip()) and self.code is None
