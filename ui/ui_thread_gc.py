"""Cyclic garbage collection on the UI thread only, while the worker thread has work.

Python collects reference cycles on whichever thread happens to allocate. While a task
runs that can be the worker thread, and a cycle holding the last reference to a widget or
another QObject then deletes it off the UI thread, which Qt does not survive (a CI run
died of a segmentation fault on the worker, in the SQLite fetch that happened to
allocate). So from the moment a task is handed to the worker until the worker has let
go of it, automatic collection is off; a timer on the UI thread does its job meanwhile,
collecting a generation once its count passes the threshold, as the interpreter would.

``hold`` is called on the UI thread, ``release`` on the worker as its very last step
(after it, the worker only returns, and returning allocates nothing to collect on).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QTimer

CHECK_MS = 200

_lock = threading.Lock()
_holds = 0
_was_enabled = False
_timer: QTimer | None = None


def hold() -> None:
    """Work goes to the worker: from now on only the UI thread collects."""
    global _holds, _was_enabled
    _start_timer()
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def release() -> None:
    """The worker holds nothing of that work any more."""
    global _holds
    with _lock:
        _holds -= 1
        if _holds == 0 and _was_enabled:
            gc.enable()


def holding() -> bool:
    return _holds > 0


def collect_due() -> None:
    """Collect the oldest generation whose count passed its threshold."""
    thresholds = gc.get_threshold()
    if thresholds[0] == 0 or gc.isenabled():
        return  # collection switched off by the program, or the interpreter does it
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def _start_timer() -> None:
    global _timer
    app = QCoreApplication.instance()
    if _timer is not None or app is None:
        return
    _timer = QTimer(app)
    _timer.timeout.connect(collect_due)
    _timer.start(CHECK_MS)
