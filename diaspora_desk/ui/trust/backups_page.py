"""Backups in the app: when the last one was written, back up now, and how many to keep."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from diaspora_desk.services.common.backups import BackupPolicy, BackupService, BackupStatus
from diaspora_desk.ui.errors import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupsPage", text)


def status_text(status: BackupStatus) -> str:
    """The last backup in words ("Last backup: ..."), with a warning when it is overdue."""
    if status.last is None:
        return tr("No backup of this database has been written yet.")
    days = status.age_days
    text = tr("Last backup: {when} UTC ({days} days ago).").format(
        when=status.last.isoformat(sep=" ", timespec="minutes"), days=days
    )
    if status.overdue:
        text += " " + tr("That is more than {n} days: back up now.").format(n=status.policy.warn_after_days)
    return text


class BackupsPage(QWidget):
    """Back up now (verified, private, rotated) and the backup policy."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.back_up_button = QPushButton(tr("&Back up now"))
        self.back_up_button.setProperty("grant", "backups")  # hidden from roles without it
        policy = backups.policy()
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(policy.keep)
        self.warn_spin = QSpinBox()
        self.warn_spin.setRange(1, 365)
        self.warn_spin.setValue(policy.warn_after_days)
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setProperty("grant", "backups")
        form = QFormLayout()
        form.addRow(tr("Backups kept beside the database"), self.keep_spin)
        form.addRow(tr("Warn when the last backup is older than (days)"), self.warn_spin)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(
            QLabel(
                tr(
                    "A backup is checked after it is written and readable by you only. To restore one, "
                    "close the app and run: diaspora-desk db restore BACKUP --db DATABASE"
                )
            )
        )
        layout.addStretch(1)
        self.back_up_button.clicked.connect(self._on_back_up_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.status_label.setText(status_text(self._backups.status()))

    def back_up(self) -> None:
        written = self._backups.back_up()
        text = tr("Written and verified: {path}").format(path=written.path)
        if written.removed:
            text += "\n" + tr("{n} older backups removed.").format(n=len(written.removed))
        self.result_label.setText(text)
        self.refresh()

    def _on_back_up_clicked(self) -> None:
        try:
            self.back_up()
        except Exception as exc:
            show_error(self, exc, "backup")

    def _on_save_clicked(self) -> None:
        try:
            self._backups.set_policy(BackupPolicy(self.keep_spin.value(), self.warn_spin.value()))
        except Exception as exc:
            show_error(self, exc, "backup policy")
            return
        self.refresh()
