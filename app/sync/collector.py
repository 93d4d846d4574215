"""The cyclic garbage collector paused while one package is read and applied.

A package becomes some ten thousand short-lived lists, dicts and values. Each allocation
burst triggers collections that walk every long-lived object of the program (the ORM,
the models, the UI) — a third of an import's time. What a package allocates is freed by
reference counting; the collector runs again as soon as the package is done, so memory
stays flat.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
