"""The window in Spanish and French: our .qm, text made outside ui/ (gettext), Qt's own buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk import i18n
from diaspora_desk.domain.errors import NotFoundError, msg
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.errors import error_message
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.translation import install_translators


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    def switch(language: str) -> None:
        i18n.set_language(language)
        assert install_translators(language), "run scripts/translations build (scripts/setup does)"

    yield switch
    i18n.set_language("en")
    install_translators("en")


def _areas(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_the_main_window_speaks_spanish_then_french(
    qtbot: QtBot, services: Services, in_language: Callable[[str], None]
) -> None:
    in_language("es")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert _areas(window)[:4] == ["Asociaciones", "Personas y competencias", "Consulados móviles", "Campañas"]
    assert [a.text() for a in window.menuBar().actions()] == ["&Archivo", "&Ir", "&Herramientas", "A&yuda"]
    in_language("fr")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert _areas(window)[:3] == ["Associations", "Personnes et compétences", "Consulats mobiles"]


def test_messages_labels_and_qt_buttons_are_translated_too(
    qapp: QApplication, in_language: Callable[[str], None]
) -> None:
    in_language("fr")
    # A msg() template made in services/ (the "messages" context) comes from the gettext catalogue.
    error = NotFoundError(msg("There is no person with id {person_id}.", person_id=7))
    assert error_message(error, "test") == "Il n'existe aucune personne portant l'identifiant 7."
    # A code-list label (domain/labels.py, marked with N_).
    assert QCoreApplication.translate("labels", "Hometown association").startswith("Association de")
    # A module-level tr() helper: lupdate saw no class, the run-time context is the module's.
    assert QCoreApplication.translate("AnyContext", "Import finished") == "Importation terminée"
    # Qt's own standard buttons.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(button, QPushButton)
    assert button.text().replace("&", "") == "Annuler"
    # Untranslated text stays English.
    assert QCoreApplication.translate("x", "No such string anywhere") == "No such string anywhere"
