"""The start-up warning when the last backup is overdue; the automatic backup on closing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.services.common.backups import rotating_backups
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow
from diaspora_desk.ui.trust.notice import back_up_on_close


def test_the_window_warns_until_a_backup_is_written(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.backup_warning is not None
    assert "No backup of this database" in window.backup_warning.text()
    dialog = window.open_trust()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Audit trail",
        "Backups",
        "Erasure and retention",
    ]
    dialog.backups.back_up()
    dialog.close()
    assert window.backup_warning is None


def test_closing_backs_up_once_a_day(services: Services) -> None:
    back_up_on_close(services.trust.backups)
    back_up_on_close(services.trust.backups)  # the clock has not moved: not due again
    assert len(rotating_backups(services.database_path)) == 1
