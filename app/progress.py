"""Progress and cancellation for long use cases, without Qt.

A use case calls ``progress.report(done, total, label)`` now and then and
``progress.check()`` between steps; the UI's worker turns reports into signals and
its cancel button into ``progress.cancel()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import CancelledError

Listener = Callable[[int, int, str], None]


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        self.check()
        if self._listener is not None:
            self._listener(done, total, label)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError()


def silent() -> Progress:
    """A progress that reports nowhere (CLI and tests)."""
    return Progress()
