from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.common import encryption
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.trust.encrypt_notice import encrypt_open_database, offer_encryption

PASSPHRASE = "a passphrase for tests only"


def test_a_plaintext_database_is_offered_encryption_and_encrypted_in_the_window(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US", city="Fresno"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    button = offer_encryption(window, services)
    assert button is not None
    assert "Not encrypted" in button.text()
    path = services.database_path
    with qtbot.waitSignal(window.ready, timeout=60_000):
        encrypt_open_database(window, services, PASSPHRASE, button=button)
    assert encryption.is_encrypted(path)
    assert b"Club Uno" not in path.read_bytes()
    assert window.associations.model.rowCount() == 1  # the data, read through the new key
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "encryptButton") is None)
    assert "encrypted" in window.statusBar().currentMessage()
    current = window.services
    assert current is not None
    assert offer_encryption(window, current) is None
    current.close()
