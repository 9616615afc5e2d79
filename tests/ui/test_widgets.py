"""Form widgets: errors shown beside their fields, translated."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from diaspora_desk.domain.errors import msg
from diaspora_desk.ui.widgets import ValidatedForm


def test_form_errors_are_translated(marking: None) -> None:
    parent = QWidget()
    form = ValidatedForm(QFormLayout(parent))
    form.add("name", "Name", QLineEdit())
    unplaced = form.show_errors({"name": msg("is required"), "other": msg("is wrong")})
    assert form.errors["name"].text() == "<is required>"
    assert unplaced == ["other: <is wrong>"]
