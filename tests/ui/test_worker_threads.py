"""Nothing a task touches is freed on the worker thread.

A QObject must be deleted on the thread it lives on. Python frees an object on whichever
thread drops the last reference, or, for reference cycles, on whichever thread allocates
when a collection is due. A CI run died of a segmentation fault on the worker in the
middle of an SQLite fetch: the allocation there had set off a collection of the previous
test's widgets. These tests record on which thread things are freed.
"""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.errors import CancelledError
from ui import ui_thread_gc
from ui.worker import run_task, tasks_held, tasks_running


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


class Cycle:
    """Garbage only the cycle collector frees; says on which thread it was freed."""

    def __init__(self, freed_on: list[int]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def allocate_a_lot(_progress) -> int:
    """Enough container allocations to set off many generation-0 collections."""
    kept = [[n] for n in range(200_000)]
    return len(kept)


def finish(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_held() == 0, timeout=20_000)


def test_cycles_made_on_the_ui_thread_are_collected_there_while_a_task_allocates(qtbot, parent):
    gc.collect()
    freed_on: list[int] = []
    for _ in range(50):
        Cycle(freed_on)
    results: list[int] = []
    run_task(allocate_a_lot, parent=parent, label="…", on_done=results.append)
    finish(qtbot)
    assert results == [200_000]
    assert set(freed_on) <= {threading.get_ident()}
    gc.collect()
    assert freed_on == [threading.get_ident()] * 50


def test_while_a_task_runs_the_ui_thread_collects_on_its_timer(qtbot, parent):
    gate = threading.Event()
    run_task(lambda _p: gate.wait(10), parent=parent, label="…")
    freed_on: list[int] = []
    for _ in range(50):
        Cycle(freed_on)
    kept = [[n] for n in range(3 * gc.get_threshold()[0])]  # past the threshold
    qtbot.waitUntil(lambda: len(freed_on) == 50, timeout=5_000)
    gate.set()
    finish(qtbot)
    assert len(kept) and freed_on == [threading.get_ident()] * 50


def test_automatic_collection_is_off_only_while_the_worker_holds_work(qtbot, parent):
    gate = threading.Event()
    seen: list[bool] = []

    def wait(_progress) -> None:
        seen.append(gc.isenabled())
        gate.wait(10)

    assert gc.isenabled()
    run_task(wait, parent=parent, label="…")
    assert ui_thread_gc.holding() and not gc.isenabled()
    gate.set()
    finish(qtbot)
    assert seen == [False]
    assert gc.isenabled() and not ui_thread_gc.holding()


def test_a_program_that_switched_collection_off_keeps_it_off(qtbot, parent):
    gc.disable()
    try:
        run_task(lambda _p: None, parent=parent, label="…")
        finish(qtbot)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_last_reference_held_by_a_task_is_dropped_on_the_ui_thread(qtbot, parent):
    freed_on: list[int] = []
    holder = QObject()  # owned by Python: freeing the wrapper deletes the QObject
    weakref.finalize(holder, lambda: freed_on.append(threading.get_ident()))
    results: list[str] = []

    def read(_progress, held=holder) -> str:
        return held.objectName() or "read"

    del holder
    run_task(read, parent=parent, label="…", on_done=results.append)
    del read  # the task's function holds the QObject's only reference now
    finish(qtbot)
    assert results == ["read"]
    assert freed_on == [threading.get_ident()]


def test_a_failing_task_lets_go_on_the_ui_thread_too(qtbot, parent):
    freed_on: list[int] = []
    holder = QObject()
    weakref.finalize(holder, lambda: freed_on.append(threading.get_ident()))
    errors: list[BaseException] = []

    def fail(_progress, held=holder) -> None:
        raise CancelledError(held.objectName())  # not logged: no log record keeps it

    del holder
    run_task(fail, parent=parent, label="…", on_error=errors.append)
    del fail
    finish(qtbot)
    assert [type(e) for e in errors] == [CancelledError]
    errors.clear()  # the traceback holds the failed call's frame, and with it the QObject
    gc.collect()
    assert freed_on == [threading.get_ident()]


def test_a_task_has_ended_for_its_callback_while_the_worker_still_lets_go(
    qtbot, parent, monkeypatch
):
    """What a callback does next (reopening the data, say) must not wait for the worker."""
    import ui.ui_thread_gc

    let_go = threading.Event()
    real_release = ui.ui_thread_gc.release

    def slow_release() -> None:  # the worker, after the result was sent
        let_go.wait(10)
        real_release()

    monkeypatch.setattr(ui.ui_thread_gc, "release", slow_release)
    seen: list[tuple[int, int]] = []
    run_task(
        lambda _p: "done",
        parent=parent,
        label="…",
        on_done=lambda _r: seen.append((tasks_running(), tasks_held())),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(0, 1)]  # ended, still held until the worker let go
    let_go.set()
    finish(qtbot)
