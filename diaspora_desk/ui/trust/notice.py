"""The main window's backup warning at start, and the automatic backup when the window closes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.logs import log_bug
from diaspora_desk.services.common.backups import BackupService
from diaspora_desk.ui.trust.backups_page import status_text


def show_backup_warning(backups: BackupService, status_bar: QStatusBar, old: QLabel | None) -> QLabel | None:
    """A warning in the status bar when the last backup is overdue (replacing ``old``)."""
    if old is not None:
        status_bar.removeWidget(old)
        old.deleteLater()
    status = backups.status()
    if not status.overdue:
        return None
    label = QLabel("⚠ " + status_text(status))
    label.setObjectName("backupWarning")
    label.setStyleSheet("color: #9a2a00;")
    status_bar.addWidget(label)
    return label


def back_up_on_close(backups: BackupService) -> None:
    """The automatic rotating backup, when the last is a day old; a failure never stops closing
    (the next start warns that the backup is overdue)."""
    try:
        backups.back_up_if_due()
    except KnownError:
        pass
    except Exception as exc:
        log_bug(exc, "automatic backup")
