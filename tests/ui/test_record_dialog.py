"""The record dialog: Save stores and closes; a refused record keeps the dialog open with each
message under its field, the tab holding it in view and the rest below the tabs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.errors import KnownError, ValidationError, msg
from diaspora_desk.ui import record_dialog
from diaspora_desk.ui.record_dialog import RecordDialog


class _NameDialog(RecordDialog[str]):
    """A name on the first tab, a town on the second; stores through a list standing for a service."""

    def __init__(self, refuse: Exception | None = None) -> None:
        super().__init__("nameDialog", "nameErrors", None)
        self.refuse = refuse
        self.stored: list[str] = []
        self.name_edit = QLineEdit()
        self.town_edit = QLineEdit()
        self.add_form_tab("Name", [("name", "Name *", self.name_edit)])
        self.add_form_tab("Place", [("town", "Town", self.town_edit)], packed=True)
        self.add_tab(QWidget(), "Other")
        self.fields_hint = "Please correct the fields marked in red."
        self.finish_layout(required_note=True)

    def store(self) -> str:
        if self.refuse is not None:
            raise self.refuse
        self.stored.append(self.name_edit.text())
        return self.name_edit.text()


def _dialog(qtbot: QtBot, refuse: Exception | None = None) -> _NameDialog:
    dialog = _NameDialog(refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: _NameDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _error(dialog: _NameDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_save_stores_the_record_and_closes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.name_edit.setText("Club Uno")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    assert (dialog.saved, dialog.stored) == ("Club Uno", ["Club Uno"])
    assert not dialog.isVisible()


def test_a_refused_record_shows_each_message_under_its_field_and_its_tab(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, ValidationError({"town": msg("is longer than {limit} characters", limit=200)}))
    _save(dialog)
    assert dialog.saved is None
    assert dialog.isVisible()
    assert _error(dialog, "town") == "is longer than 200 characters"
    assert _error(dialog, "name") == ""
    assert dialog.tabs.currentIndex() == 1  # the Place tab, where the message is
    assert dialog.errors_label.text() == "Please correct the fields marked in red."


def test_a_message_no_field_shows_is_named_below_the_tabs(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, ValidationError({"name": msg("is required"), "owner": msg("is unknown")}))
    _save(dialog)
    assert _error(dialog, "name") == "is required"
    assert dialog.errors_label.text() == "owner: is unknown"
    assert dialog.tabs.currentIndex() == 0


def test_an_environment_error_is_shown_and_the_dialog_stays_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[BaseException, str]] = []
    monkeypatch.setattr(record_dialog, "show_error", lambda _parent, exc, what: shown.append((exc, what)))
    error = KnownError(msg("The database is locked."))
    dialog = _dialog(qtbot, error)
    _save(dialog)
    assert shown == [(error, "saving (nameDialog)")]
    assert dialog.saved is None
    assert dialog.isVisible()
