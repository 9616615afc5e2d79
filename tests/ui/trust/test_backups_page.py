"""Backups from the app: the status in words, back up now, the policy."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.services.common.backups import rotating_backups
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.trust.backups_page import BackupsPage


def test_back_up_now_and_the_status_in_words(qtbot: QtBot, services: Services) -> None:
    page = BackupsPage(services.trust.backups)
    qtbot.addWidget(page)
    assert page.status_label.text() == "No backup of this database has been written yet."
    page.keep_spin.setValue(1)
    page.save_button.click()
    page.back_up()
    page.back_up()
    assert "Written and verified" in page.result_label.text()
    assert "1 older backups removed" in page.result_label.text()
    assert len(rotating_backups(services.database_path)) == 1
    assert page.status_label.text().startswith("Last backup: 2026-11-24 09:30 UTC (0 days ago).")
