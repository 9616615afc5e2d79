"""Tools → Audit, backups and erasure: three tabs; turning to a tab shows what happened meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.trust.dialog import TrustDialog


def test_three_tabs_over_the_trust_facade(qtbot: QtBot, services: Services) -> None:
    dialog = TrustDialog(services.trust)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Audit, backups and erasure"
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Audit trail", "Backups", "Erasure and retention"]
    assert dialog.tabs.widget(0) is dialog.audit


def test_turning_to_another_tab_and_back_shows_new_events(qtbot: QtBot, services: Services) -> None:
    dialog = TrustDialog(services.trust)
    qtbot.addWidget(dialog)
    dialog.audit.refresh()
    before = dialog.audit.model.rowCount()
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    assert dialog.audit.model.rowCount() == before  # not yet refreshed
    dialog.tabs.setCurrentWidget(dialog.backups)
    dialog.tabs.setCurrentWidget(dialog.audit)
    assert dialog.audit.model.rowCount() > before
    assert dialog.audit.count_label.text() == f"{dialog.audit.model.rowCount()} events"


def test_the_close_button_closes_the_dialog(qtbot: QtBot, services: Services) -> None:
    dialog = TrustDialog(services.trust)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    with qtbot.waitSignal(dialog.finished):
        buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
