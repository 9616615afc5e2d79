"""Domain messages shown in the UI go through Qt's "messages" translation context."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from diaspora_desk.domain.errors import KnownError, ValidationError, msg
from diaspora_desk.ui.errors import error_message, translated


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
