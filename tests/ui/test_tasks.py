"""Background work reports progress many times and finishes; Qt's bindings must survive that."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.tasks import TaskContext, run_quietly, run_task


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


def test_many_tasks_each_get_their_own_answer_and_are_let_go_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diaspora_desk.ui import tasks

    monkeypatch.setattr(tasks, "KEEP_ENDED_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: dict[int, int] = {}
    failures: list[str] = []

    def fail(_context: TaskContext) -> int:
        raise ValueError("no")

    for i in range(30):
        run_task(parent, "work", lambda _c, i=i: i * i, lambda r, i=i: answers.__setitem__(i, r))  # type: ignore[misc]
    run_task(parent, "work", fail, lambda _r: None, lambda exc: failures.append(str(exc)))
    qtbot.waitUntil(lambda: len(answers) == 30 and failures == ["no"], timeout=10_000)
    assert answers == {i: i * i for i in range(30)}  # each answer reached its own callback
    qtbot.waitUntil(lambda: not tasks.Task._running and not tasks.Task._ended, timeout=5_000)


def test_quiet_work_shows_no_progress_dialog_and_reports_its_outcome(qtbot: QtBot) -> None:
    results: list[object] = []

    def fail() -> int:
        raise ValueError("no count")

    ok = run_quietly(lambda: 41 + 1, results.append, results.append)
    assert ok.dialog is None
    with qtbot.waitSignal(ok.finished, timeout=10_000):
        pass
    failed = run_quietly(fail, results.append, results.append)
    with qtbot.waitSignal(failed.finished, timeout=10_000):
        pass
    assert results[0] == 42
    assert isinstance(results[1], ValueError)
