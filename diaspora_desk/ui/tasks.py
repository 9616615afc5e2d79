"""Run long work (import, reports, demo) off the GUI thread with progress and Cancel.

The work function runs on a pool thread, opens its own units of work through the
services it is given, and returns plain data. Success and failure callbacks run on
the GUI thread. Work never touches widgets.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from diaspora_desk.ui.errors import show_error

T = TypeVar("T")
SHOW_AFTER_MS = 200


class TaskContext:
    """Given to the work function: report progress, see whether Cancel was pressed."""

    def __init__(self, signals: _Signals) -> None:
        self.cancel = threading.Event()
        self._signals = signals

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)


class _Signals(QObject):
    """Signals: ``progress(done, total)``, ``succeeded(result)``, ``failed(exception)``."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._context = context
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as exc:
            self._deliver(self._signals.failed, exc)
        else:
            self._deliver(self._signals.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        # RuntimeError: the application closed while the work ran; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Task(QObject, Generic[T]):
    """One piece of background work; keeps itself alive until it finishes.

    Signals: ``finished()`` after the success or failure callback ran.
    """

    finished = Signal()
    _running: ClassVar[set[Task[Any]]] = set()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[TaskContext], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._signals = _Signals()
        self.context = TaskContext(self._signals)
        self.dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(tr("Diaspora Desk"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.context.cancel.set)
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._pool = pool or QThreadPool.globalInstance()
        self._runnable = _Runnable(work, self.context, self._signals)

    def start(self) -> Task[T]:
        Task._running.add(self)
        self.dialog.setValue(0)
        self._pool.start(self._runnable)
        return self

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        Task._running.discard(self)

    def _on_succeeded(self, result: T) -> None:
        self._close()
        try:
            self._on_success(result)
        except Exception as exc:
            show_error(self._parent, exc, "task callback")
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc, "background task")
        self.finished.emit()


def tr(text: str) -> str:
    return QCoreApplication.translate("tasks", text)


def run_task(
    parent: QWidget | None,
    label: str,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = True,
) -> Task[T]:
    """Start ``work`` on a pool thread; see :class:`Task`."""
    return Task(parent, label, work, on_success, on_failure, cancellable=cancellable).start()
