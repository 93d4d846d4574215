"""The one helper for long work: run a function off the UI thread with progress and cancel.

The function receives an :class:`app.progress.Progress`; its reports arrive as signals
on the UI thread. A progress dialog appears only if the work still runs after
``SHOW_AFTER_MS`` (the delay goes through a :data:`Schedule`, so tests can run the clock
themselves). All tasks share one worker thread so database access is serialised.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import CancelledError, PerekhodError
from app.progress import Progress
from ui import ui_thread_gc

SHOW_AFTER_MS = 500
log = logging.getLogger(__name__)
# schedule(ms, context, callback): call back after ms on the UI thread unless context is gone
Schedule = Callable[[int, QObject, Callable[[], None]], None]


def qt_schedule(ms: int, context: QObject, callback: Callable[[], None]) -> None:
    QTimer.singleShot(ms, context, callback)


_pool: QThreadPool | None = None
_running: set[Task] = set()  # keeps a task alive until the worker let go, even without a parent


def worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def tasks_running() -> int:
    """How many tasks have not ended yet (started work, or results still on the way).
    A task whose result arrived has ended, even while the worker is still letting go."""
    return sum(1 for task in _running if task.running)


def tasks_held() -> int:
    """How many tasks are still kept (until the worker has let go of them)."""
    return len(_running)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """Runs ``fn`` on the worker. A QObject must be deleted on its own thread, so the
    worker never drops the last reference to anything: the Task keeps its own references
    until ``released`` is set, and the runnable lets go of its copies before that."""

    def __init__(self, fn: Callable[[Progress], Any], task: Task) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, task.signals, task.progress
        self.released = task.released
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, signals, progress, released = self.fn, self.signals, self.progress, self.released
        self.fn = self.signals = self.progress = None
        try:
            result = fn(progress)
        except BaseException as err:  # delivered to the UI thread, never raised in the pool
            if not isinstance(err, PerekhodError):
                log.exception("background task failed")
            elif not isinstance(err, CancelledError):  # a refusal the user is told about
                log.info("background task refused: %s", err)
            signals.failed.emit(err)
        else:
            signals.finished.emit(result)
            del result
        del fn, signals, progress
        ui_thread_gc.release()
        released.set()


class Task(QObject):
    """A running piece of work; keeps its signals and dialog alive until it ends."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.progress = Progress(self._relay)
        self.signals = _Signals()
        self.fn: Callable[[Progress], Any] | None = None  # kept until the worker let go
        self.released = threading.Event()
        self.running = True
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._parent = parent
        self._cancellable = cancellable
        self._last = (0, 0, label)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)

    def _relay(self, done: int, total: int, label: str) -> None:
        self.signals.progress.emit(done, total, label)

    def show_dialog_if_running(self) -> None:
        if not self.running or self._dialog is not None:
            return
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        # Escape reaches QProgressDialog's own shortcut only while the dialog is the active
        # window; otherwise QDialog rejects (hides) it, and the work must stop then too.
        dialog.rejected.connect(self.cancel)
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    def cancel(self) -> None:
        if not self.running:
            return
        self.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self._last = (done, total, label or self._label)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            self._dialog.setLabelText(label or self._label)

    def _on_finished(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    def _on_failed(self, err: object) -> None:
        self._close()
        self.error.emit(err)

    def _close(self) -> None:
        self.running = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()
        _retire_when_released(self)


def _retire_when_released(task: Task) -> None:
    """Let go of a task once the worker has (its result arrives just before)."""
    if task.released.is_set():
        task.fn = None
        _running.discard(task)
    else:
        QTimer.singleShot(1, lambda: _retire_when_released(task))


def run_task(
    fn: Callable[[Progress], Any],
    *,
    parent: QWidget | None,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = SHOW_AFTER_MS,
    schedule: Schedule = qt_schedule,
) -> Task:
    """Start ``fn(progress)`` on the worker thread; callbacks run on the UI thread.

    Without ``on_error`` a failure is shown to the user in one Russian message
    (a cancelled task is silent).
    """
    from ui.errors import show_error

    task = Task(parent, label, cancellable)
    _running.add(task)
    if on_done is not None:
        task.done.connect(on_done)
    task.error.connect(on_error or (lambda err: show_error(parent, err)))
    schedule(show_after_ms, task, task.show_dialog_if_running)
    task.fn = fn
    ui_thread_gc.hold()
    worker_pool().start(_Runnable(fn, task))
    return task
