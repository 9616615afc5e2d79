"""Change notices, from whatever thread committed them, to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeRelay(QObject):
    """Brings change notices from whatever thread committed to the GUI thread.

    Signals: ``changed(Change)``.
    """

    changed = Signal(object)
