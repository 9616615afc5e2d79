"""Confirmation before a change that takes a record out of view, and its undo in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

UNDO_SECONDS = 15


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before acting; the default button is Cancel, so Enter never does the change."""
    # Imported here: the main window builds the undo bar before it shows, and QMessageBox's
    # enums cost about 1 ms more there.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    act = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is act


class UndoBar:
    """An "Undo" button in the status bar beside the message of the change it undoes.

    It stays for ``UNDO_SECONDS`` or until the next change is offered for undo.
    """

    def __init__(self, status_bar: QStatusBar) -> None:
        self._bar = status_bar
        self.button = QPushButton(status_bar.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setVisible(False)
        self.button.clicked.connect(self._on_undo_clicked)
        status_bar.addWidget(self.button)
        self._timer = QTimer(status_bar)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self._undo: Callable[[], object] | None = None

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self._bar.showMessage(message, UNDO_SECONDS * 1000)
        self.button.setVisible(True)
        self._timer.start(UNDO_SECONDS * 1000)

    def clear(self) -> None:
        self._undo = None
        self.button.setVisible(False)

    def _on_undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self.clear()
        if undo is not None:
            undo()
            self._bar.showMessage(self._bar.tr("Undone."), 5000)
