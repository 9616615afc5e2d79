from __future__ import annotations

import gc
import threading
from typing import ClassVar

from pytestqt.qtbot import QtBot

from diaspora_desk.ui.collector import GuiThreadCollector


class _Cycle:
    """Garbage only the cycle collector can free; says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_are_freed_on_the_gui_thread_never_by_a_worker(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        _Cycle.freed_on.clear()
        _Cycle()  # unreachable at once, but kept alive by its own reference
        gc.collect()  # a collection on this thread frees it, as the timer's would
        assert _Cycle.freed_on == [threading.current_thread().name]
        _Cycle.freed_on.clear()
        _Cycle()

        kept: list[list[object]] = []

        def allocate() -> None:  # far past the young threshold: Python would collect on this thread
            kept.extend([object()] for _ in range(20_000))

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert _Cycle.freed_on == []
        qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5_000)  # the collector's timer
        assert _Cycle.freed_on == [threading.current_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()
