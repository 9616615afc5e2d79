"""Showing failures: plain words for known errors, a logged traceback for bugs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from diaspora_desk.domain.errors import KnownError, Message, message_of
from diaspora_desk.logs import log_bug

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def translated(text: str) -> str:
    """``text`` in the UI language: a :class:`Message` through the "messages" context, else as is."""
    if not isinstance(text, Message):
        return text
    params = {k: translated(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    return QCoreApplication.translate("messages", text.template).format(**params)


def error_message(exc: BaseException, context: str) -> str:
    """The text to show for ``exc``; bugs are logged with their traceback first."""
    if isinstance(exc, KnownError):
        return translated(message_of(exc))
    log = log_bug(exc, context)
    return tr(
        "Something went wrong that should not have ({kind}). The details were written to {log}."
    ).format(kind=type(exc).__name__, log=log)


def show_error(parent: QWidget | None, exc: BaseException, context: str) -> None:
    """A modal dialog for ``exc``; never shows a traceback."""
    from PySide6.QtWidgets import QMessageBox  # its types load with the first error, not at start-up

    message = error_message(exc, context)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, KnownError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Diaspora Desk"))
    box.setText(message)
    box.setObjectName("errorDialog")
    box.exec()
