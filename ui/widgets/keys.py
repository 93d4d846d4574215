"""Keyboard on tables: Enter edits, Delete deletes, Insert adds (while the view has focus)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

Slot = Callable[[], object]


class KeyActions(QObject):
    """Calls the slot bound to a key pressed without modifiers; other keys pass through."""

    def __init__(self, view: QWidget, slots: dict[int, Slot]) -> None:
        super().__init__(view)
        self.slots = slots
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            slot = self.slots.get(event.key())
            if slot is not None:
                slot()
                return True
        return False


def add_keys(
    view: QWidget,
    on_edit: Slot | None = None,
    on_delete: Slot | None = None,
    on_add: Slot | None = None,
) -> KeyActions:
    slots: dict[int, Slot] = {}
    if on_edit is not None:
        slots[Qt.Key.Key_Return] = slots[Qt.Key.Key_Enter] = on_edit
    if on_delete is not None:
        slots[Qt.Key.Key_Delete] = on_delete
    if on_add is not None:
        slots[Qt.Key.Key_Insert] = on_add
    return KeyActions(view, slots)
