"""Answering a confirmation box the way an officer does: reading it, then pressing a button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_confirmation(button: str, seen: list[str] | None = None) -> None:
    """Press `button` in the next confirmation box once it is open; note its text and default."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        if seen is not None:
            seen.append(box.text())
            seen.append(box.defaultButton().text().replace("&", ""))
        target = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        target.click()

    QTimer.singleShot(0, press)
