"""Background work reports progress many times and finishes; Qt's bindings must survive that."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.tasks import TaskContext, run_task


def test_a_long_task_with_thousands_of_progress_updates_finishes(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to True on every signal emit and crashed the app after
    about 600 progress updates of an import; the pinned version must not."""
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[str] = []

    def work(context: TaskContext) -> str:
        for done in range(20_000):
            context.progress(done, 20_000)
        return "done"

    task = run_task(parent, "Working…", work, results.append)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert results == ["done"]
