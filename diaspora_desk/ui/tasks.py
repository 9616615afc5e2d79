"""Run long work (import, reports, demo) off the GUI thread with progress and Cancel.

The work function runs on a pool thread, opens its own units of work through the
services it is given, and returns plain data. Success and failure callbacks run on
the GUI thread. Work never touches widgets.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from diaspora_desk.ui.errors import show_error

T = TypeVar("T")
SHOW_AFTER_MS = 200
KEEP_ENDED_MS = 2000  # how long a finished task outlives its callbacks (see Task._close)


class TaskContext:
    """Given to the work function: report progress, see whether Cancel was pressed."""

    def __init__(self, token: int) -> None:
        self.cancel = threading.Event()
        self._token = token

    def progress(self, done: int, total: int) -> None:
        _deliver(_relay().progress, self._token, done, total)


class _Relay(QObject):
    """Carries every task's progress and outcome from the pool threads to the GUI thread.

    One object for the whole application, never destroyed: a pool thread holds no reference to
    any other QObject, so none can be released (and destroyed) on a pool thread, which Qt does
    not allow and which crashed the process at random. Signals: ``progress(token, done, total)``,
    ``ended(token, succeeded, value)``; its own slots run on the GUI thread (queued).
    """

    progress = Signal(int, int, int)
    ended = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._on_progress)
        self.ended.connect(self._on_ended)

    def _on_progress(self, token: int, done: int, total: int) -> None:
        task = Task._running.get(token)
        if task is not None:
            task._on_progress(done, total)

    def _on_ended(self, token: int, succeeded: bool, value: object) -> None:
        task = Task._running.get(token)
        if task is None:
            return
        if succeeded:
            task._on_succeeded(value)
        else:
            assert isinstance(value, BaseException)
            task._on_failed(value)


_RELAY: list[_Relay] = []


def _relay() -> _Relay:
    """The relay, made by the first task (on the GUI thread) and kept for the process."""
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _deliver(signal: Any, *values: object) -> None:
    # RuntimeError: the application closed while the work ran; nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        signal.emit(*values)


class _Runnable(QRunnable):
    """Holds the work, its context and a token: plain Python objects only (see `_Relay`)."""

    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, token: int) -> None:
        super().__init__()
        self._work = work
        self._context = context
        self._token = token

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as exc:
            _deliver(_relay().ended, self._token, False, exc)
        else:
            _deliver(_relay().ended, self._token, True, result)


class Task(QObject, Generic[T]):
    """One piece of background work; keeps itself alive until it finishes.

    Signals: ``finished()`` after the success or failure callback ran.
    """

    finished = Signal()
    _running: ClassVar[dict[int, Task[Any]]] = {}
    _ended: ClassVar[set[Task[Any]]] = set()
    _tokens: ClassVar[itertools.count[int]] = itertools.count(1)

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
        quiet: bool = False,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        _relay()  # made here, on the GUI thread, before any work can report
        self._token = next(Task._tokens)
        self.context = TaskContext(self._token)
        self.dialog: QProgressDialog | None = None if quiet else self._progress_dialog(label, cancellable)
        self._pool = pool or QThreadPool.globalInstance()
        self._runnable = _Runnable(work, self.context, self._token)

    def _progress_dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        # Here, not at the top: start-up imports this module before its first rows are painted,
        # and the first use of the Qt namespace builds all of its enum types (~15 ms).
        from PySide6.QtCore import Qt

        dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, self._parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(tr("Diaspora Desk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.context.cancel.set)
        return dialog

    def start(self) -> Task[T]:
        Task._running[self._token] = self
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._pool.start(self._runnable)
        return self

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        Task._running.pop(self._token, None)
        # The pool thread may still be returning from the work (its last references to the work
        # and its context go when it does): keep them a moment longer, so the last reference is
        # dropped here on the GUI thread, never there.
        Task._ended.add(self)
        QTimer.singleShot(KEEP_ENDED_MS, lambda: Task._ended.discard(self))

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


def run_quietly(
    work: Callable[[], T], on_success: Callable[[T], None], on_failure: Callable[[BaseException], None]
) -> Task[T]:
    """Start ``work`` on a pool thread with no progress dialog (a live count, a preview): the
    outcome reaches ``on_success`` or ``on_failure`` on the GUI thread, as for :func:`run_task`."""
    return Task(None, "", lambda _context: work(), on_success, on_failure, quiet=True).start()
