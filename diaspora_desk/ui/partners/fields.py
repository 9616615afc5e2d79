"""Small inputs the partner dialogs share: reading their optional dates, id check lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from diaspora_desk.services.partners.registry import Choice
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.widgets import CheckList

E = TypeVar("E", bound=StrEnum)


def chosen(combo: QComboBox, enum: type[E], default: E) -> E:
    """The code list value of a combo's current item (Qt hands a StrEnum back as its str)."""
    value = combo.currentData()
    return enum(value) if isinstance(value, str) and value in enum._value2member_map_ else default


def read_dates(edits: dict[str, DateInput]) -> tuple[dict[str, dt.date | None], dict[str, str]]:
    """Each field's date, and the message of each field that holds no date."""
    values: dict[str, dt.date | None] = {}
    errors: dict[str, str] = {}
    for name, edit in edits.items():
        try:
            values[name] = edit.date
        except ValueError as exc:
            values[name] = None
            errors[name] = str(exc)
    return values, errors


class ChoiceList(CheckList):
    """Checkable partners or associations; ``ids`` are the ticked ones."""

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(((str(c.id), c.name) for c in choices), parent)

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(int(v) for v in self.values)

    @ids.setter
    def ids(self, value: Sequence[int]) -> None:
        self.values = [str(v) for v in value]
