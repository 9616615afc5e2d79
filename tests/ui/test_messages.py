"""Domain messages shown in the UI go through Qt's "messages" translation context."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from diaspora_desk.domain.errors import KnownError, ValidationError, msg
from diaspora_desk.ui.errors import error_message, translated
from diaspora_desk.ui.widgets import ValidatedForm


class _Marking(QTranslator):
    """Marks every "messages" text so a test can see it was translated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"<{source}>" if context == "messages" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_translated_uses_the_messages_context(marking: None) -> None:
    inner = msg("is longer than {n} characters", n=200)
    outer = msg("{field}: {message}", field="name", message=inner)
    assert translated(outer) == "<name: <is longer than 200 characters>>"
    assert translated("plain") == "plain"


def test_translated_without_a_translator_is_english(qapp: QApplication) -> None:
    assert translated(msg("'{v}' is not yes or no", v="maybe")) == "'maybe' is not yes or no"


def test_error_message_translates_a_known_error(marking: None) -> None:
    assert error_message(KnownError(msg("{name} is empty.", name="a.csv")), "test") == "<a.csv is empty.>"
    assert error_message(ValidationError({"x": msg("is required")}), "test") == "<x: <is required>>"


def test_form_errors_are_translated(marking: None) -> None:
    parent = QWidget()
    form = ValidatedForm(QFormLayout(parent))
    form.add("name", "Name", QLineEdit())
    unplaced = form.show_errors({"name": msg("is required"), "other": msg("is wrong")})
    assert form.errors["name"].text() == "<is required>"
    assert unplaced == ["other: <is wrong>"]
