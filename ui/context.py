"""What every screen is given: the open installation, the change bus and the op helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.changes import OpResult
from app.installation import Installation
from app.progress import Progress
from app.scope import SchoolScope

T = TypeVar("T")


class ChangeBus(QObject):
    """Broadcasts what an operation changed; ``initiator`` lets the origin skip a refresh."""

    changed = Signal(object, object)  # Changes, initiator


class UiContext(QObject):
    def __init__(self, installation: Installation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.bus = ChangeBus(self)

    @property
    def scope(self) -> SchoolScope:
        """The organisation whose data the screens show (in school mode: the own school)."""
        return self.installation.scope

    def perform(self, op: Callable[[SchoolScope], OpResult[T]], initiator: object = None) -> T:
        """Run a quick mutating use case now (a cell edit) and broadcast its changes.

        Errors propagate to the caller, which shows them next to the edit.
        """
        result = op(self.scope)
        if result.changes.any():
            self.bus.changed.emit(result.changes, initiator)
        return result.value

    def try_perform(
        self,
        op: Callable[[SchoolScope], OpResult[T]],
        parent: QWidget | None,
        initiator: object = None,
    ) -> T | None:
        """:meth:`perform`, showing a refusal or failure in a message box (``None`` then)."""
        from ui.errors import show_error

        try:
            return self.perform(op, initiator)
        except Exception as err:  # shown in Russian; unexpected ones are logged there
            show_error(parent, err)
            return None

    def run_op(
        self,
        op: Callable[[SchoolScope, Progress], OpResult[Any]],
        *,
        parent: QWidget | None,
        label: str,
        on_done: Callable[[Any], None] | None = None,
        initiator: object = None,
    ) -> None:
        """Run a long mutating use case on the worker thread, then broadcast its changes."""
        from ui.worker import run_task

        def finished(result: OpResult[Any]) -> None:
            if result.changes.any():
                self.bus.changed.emit(result.changes, initiator)
            if on_done is not None:
                on_done(result.value)

        run_task(
            lambda progress: op(self.scope, progress),
            parent=parent,
            label=label,
            on_done=finished,
        )
