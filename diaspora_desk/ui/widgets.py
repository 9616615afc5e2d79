"""Small reusable widgets: country picker, check list, inline error label, form helper."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.i18n.formats import all_countries
from diaspora_desk.ui.errors import translated


class CountryCombo(QComboBox):
    """Editable combo of every ISO 3166 country; type a name, get the alpha-2 code."""

    def __init__(
        self, parent: QWidget | None = None, *, allow_empty: bool = False, empty_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_empty:
            self.addItem(empty_text, "")
        for code, name in all_countries():
            self.addItem(f"{name} ({code})", code)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(0 if allow_empty else -1)

    @property
    def code(self) -> str:
        """The chosen alpha-2 code, or the typed text when it matches no entry."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.currentText().strip()

    @code.setter
    def code(self, value: str) -> None:
        index = self.findData(value.upper()) if value else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value)


class CheckList(QListWidget):
    """A list of checkable (value, label) items; ``values`` are the checked ones."""

    def __init__(self, items: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_items(items)

    def add_items(self, items: Iterable[tuple[str, str]]) -> None:
        for value, label in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    @values.setter
    def values(self, chosen: Sequence[str]) -> None:
        wanted = set(chosen)
        for i in range(self.count()):
            item = self.item(i)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)


class ErrorLabel(QLabel):
    """Red inline message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class ValidatedForm:
    """A QFormLayout whose rows carry an inline error label keyed by field name."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = ErrorLabel(box)
        error.setObjectName(f"error_{key}")
        inner.addWidget(error)
        self.errors[key] = error
        self.layout.addRow(label, box)
        return widget

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message under its field; returns messages with no field here."""
        unplaced = []
        for key, label in self.errors.items():
            label.show_message(translated(errors.get(key, "")))
        for key, message in errors.items():
            if key not in self.errors:
                unplaced.append(f"{key}: {translated(message)}")
        return unplaced


def city_completer(parent: QWidget, names: list[str]) -> QCompleter:
    completer = QCompleter(QStringListModel(names, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    return completer


def line_edit(placeholder: str = "", *, max_length: int | None = None) -> QLineEdit:
    """A line edit; with no ``max_length``, since a QLineEdit cuts pasted text at its limit
    without a word: the service refuses a value too long, naming the field and the limit."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if max_length is not None:
        edit.setMaxLength(max_length)
    return edit


class TextField:
    """A dialog property backed by a QLineEdit attribute: ``name = TextField("name_edit")``.

    Lets tests and callers write ``dialog.name = "…"`` without one getter/setter pair per field.
    """

    def __init__(self, widget: str) -> None:
        self._widget = widget

    def __get__(self, owner: object, owner_type: type | None = None) -> str:
        edit: QLineEdit = getattr(owner, self._widget)
        return edit.text()

    def __set__(self, owner: object, value: str) -> None:
        edit: QLineEdit = getattr(owner, self._widget)
        edit.setText(value)


class CountryField:
    """A dialog property backed by a :class:`CountryCombo` attribute (ISO alpha-2 code)."""

    def __init__(self, widget: str) -> None:
        self._widget = widget

    def __get__(self, owner: object, owner_type: type | None = None) -> str:
        combo: CountryCombo = getattr(owner, self._widget)
        return combo.code

    def __set__(self, owner: object, value: str) -> None:
        combo: CountryCombo = getattr(owner, self._widget)
        combo.code = value
