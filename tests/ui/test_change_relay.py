"""A change committed on a worker thread reaches the areas on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.change_relay import ChangeRelay


def test_a_notice_from_a_worker_is_delivered_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    relay = ChangeRelay()
    received: list[tuple[object, bool]] = []
    relay.changed.connect(
        lambda change: received.append((change, threading.current_thread() is threading.main_thread()))
    )
    worker = threading.Thread(target=lambda: relay.changed.emit("people 7"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [("people 7", True)]
