"""The worker helper: progress, cancel, the dialog only after 0.5 s, failures in Russian.

The dialog's delay runs on a test clock (:class:`Clock`), never on the wall clock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.errors import CancelledError, NotFoundError
from ui.worker import SHOW_AFTER_MS, run_task

GENERIC = (
    "Произошла непредвиденная ошибка. Подробности записаны в журнал в подпапке logs папки данных."
)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


class Clock:
    """A :data:`ui.worker.Schedule` whose time moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 0
        self.pending: list[tuple[int, Callable[[], None]]] = []

    def __call__(self, ms: int, _context: QObject, callback: Callable[[], None]) -> None:
        self.pending.append((self.now + ms, callback))

    def advance(self, ms: int) -> None:
        self.now += ms
        due = [cb for at, cb in self.pending if at <= self.now]
        self.pending = [(at, cb) for at, cb in self.pending if at > self.now]
        for callback in due:
            callback()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gate() -> threading.Event:
    """Holds a task until the test lets it go; always released so the worker never hangs."""
    event = threading.Event()
    yield event
    event.set()


def test_progress_reaches_the_ui_and_the_result_arrives(qtbot, parent, gate):
    seen, results = [], []

    def work(progress):
        gate.wait(5)
        for step in range(1, 4):
            progress.report(step, 3, f"шаг {step}")
        return "готово"

    task = run_task(work, parent=parent, label="Работа", on_done=results.append)
    task.signals.progress.connect(lambda *args: seen.append(args))
    gate.set()
    qtbot.waitUntil(lambda: results == ["готово"], timeout=5000)
    assert seen == [(1, 3, "шаг 1"), (2, 3, "шаг 2"), (3, 3, "шаг 3")]


def test_quick_work_shows_no_dialog(qtbot, parent, clock):
    results = []
    run_task(
        lambda progress: 42, parent=parent, label="Быстро", on_done=results.append, schedule=clock
    )
    qtbot.waitUntil(lambda: results == [42], timeout=2000)
    clock.advance(SHOW_AFTER_MS)  # the delay ends after the work did
    assert parent.findChildren(QProgressDialog) == []


def test_dialog_appears_only_after_half_a_second(qtbot, parent, gate, clock):
    results = []

    def work(progress):
        progress.report(1, 4, "Сохранение")
        gate.wait(5)
        return "ok"

    task = run_task(work, parent=parent, label="Долго", on_done=results.append, schedule=clock)
    qtbot.waitUntil(lambda: task._last == (1, 4, "Сохранение"), timeout=2000)
    assert SHOW_AFTER_MS == 500
    clock.advance(499)
    assert task._dialog is None and parent.findChildren(QProgressDialog) == []
    clock.advance(1)
    dialog = task._dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.labelText() == "Сохранение"
    assert (dialog.value(), dialog.maximum()) == (1, 4)
    assert dialog.windowTitle() == "Подождите"
    gate.set()
    qtbot.waitUntil(lambda: results == ["ok"], timeout=5000)
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_cancel_button_stops_the_work_silently(qtbot, parent, gate, clock):
    done, errors, steps = [], [], []
    finished = threading.Event()

    def work(progress):
        for step in range(500):
            progress.check()
            steps.append(step)
            finished.wait(0.01)  # never set: a step of work that takes a while
        gate.set()
        return "finished anyway"

    task = run_task(
        work,
        parent=parent,
        label="Долго",
        on_done=done.append,
        on_error=errors.append,
        schedule=clock,
    )
    clock.advance(SHOW_AFTER_MS)
    (button,) = task._dialog.findChildren(QPushButton)
    assert button.text() == "Отмена"
    button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CancelledError)
    assert done == [] and not gate.is_set() and len(steps) < 500


def test_cancelled_task_without_handler_shows_nothing(qtbot, parent, error_boxes):
    def work(progress):
        progress.cancel()
        progress.check()

    task = run_task(work, parent=parent, label="Отмена")
    # the default handler is connected first, so it has run once the signal arrives here
    with qtbot.waitSignal(task.error, timeout=2000):
        pass
    assert error_boxes == []


def worker_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "ui.worker"]


def test_unexpected_failure_is_one_russian_line(qtbot, parent, error_boxes, caplog):
    def work(progress):
        raise ValueError("internal detail that users must not see")

    run_task(work, parent=parent, label="Сбой")
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=2000)
    assert error_boxes == [GENERIC]
    error_boxes.clear()
    (record,) = worker_records(caplog)  # the traceback goes to the log
    assert record.levelno == logging.ERROR and record.exc_info[0] is ValueError


def test_domain_failure_shows_its_own_message(qtbot, parent, error_boxes, caplog):
    def work(progress):
        raise NotFoundError("Мероприятие не найдено.")

    caplog.set_level(logging.INFO, logger="ui.worker")
    run_task(work, parent=parent, label="Сбой")
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=2000)
    assert error_boxes == ["Мероприятие не найдено."]
    error_boxes.clear()
    (record,) = worker_records(caplog)  # an expected refusal: one line, no traceback
    assert (record.levelno, record.exc_info) == (logging.INFO, None)
    assert "Мероприятие не найдено." in record.getMessage()


def test_escape_in_the_dialog_cancels(qtbot, parent, gate, clock):
    errors = []

    def work(progress):
        while not gate.is_set():
            progress.check()
            gate.wait(0.01)

    task = run_task(work, parent=parent, label="Долго", on_error=errors.append, schedule=clock)
    clock.advance(SHOW_AFTER_MS)
    assert task._dialog is not None
    qtbot.keyClick(task._dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CancelledError)


def test_escape_cancels_even_when_another_window_is_active(qtbot, parent, gate, clock):
    """Escape reaches QProgressDialog's own shortcut only in the active window; elsewhere
    QDialog hides the dialog, and the work must stop then too (CI saw a hidden dialog and
    work that never ended)."""
    errors = []

    def work(progress):
        while not gate.is_set():
            progress.check()
            gate.wait(0.01)

    task = run_task(work, parent=parent, label="Долго", on_error=errors.append, schedule=clock)
    clock.advance(SHOW_AFTER_MS)
    assert task._dialog is not None
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: other.isActiveWindow(), timeout=2000)
    qtbot.keyClick(task._dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CancelledError)
