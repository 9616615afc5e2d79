"""Settings > Language: the application's applies after a restart (and says so), reports' at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk import i18n
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.language_settings import LanguageSettings
from diaspora_desk.ui.setup_dialog import SetupDialog


@pytest.fixture(autouse=True)
def defaults_again(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_VARIABLE)  # let the saved choice decide, as on an officer's machine
    yield
    i18n.set_language("en")


def test_choosing_languages_saves_them_and_tells_about_the_restart(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(LanguageSettings, "tell_restart", lambda self: told.append("restart"))
    dialog = SetupDialog(services.settings, services.gazetteer)
    qtbot.addWidget(dialog)
    assert dialog.language.application_combo.currentText().startswith("As the system")
    dialog.language.application_combo.setCurrentIndex(dialog.language.application_combo.findData("es"))
    dialog.language.reports_combo.setCurrentIndex(dialog.language.reports_combo.findData("en"))
    assert dialog.language.application_combo.currentText() == "Español"
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert told == ["restart"]
    assert i18n.saved_choice() == ("es", "en")
    assert i18n.startup_language() == "es"
    with i18n.report_language() as language:
        assert language == "en"  # reports follow at once
    again = SetupDialog(services.settings, services.gazetteer)
    qtbot.addWidget(again)
    assert (again.language.application, again.language.reports) == ("es", "en")


def test_saving_without_changing_the_language_says_nothing(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(LanguageSettings, "tell_restart", lambda self: told.append("restart"))
    dialog = SetupDialog(services.settings, services.gazetteer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert told == []
