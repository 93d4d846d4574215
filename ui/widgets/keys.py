"""Keyboard: on tables Enter edits, Delete deletes, Insert adds (while the view has focus);
in every dialog Ctrl+Enter presses the main button, whatever field has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
    QWizard,
)

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


MAIN_ROLES = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
)
CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")


def main_button(dialog: QDialog) -> QAbstractButton | None:
    """Save/OK of the dialog's button box, else its Close, else its default button."""
    boxes = dialog.findChildren(QDialogButtonBox)
    for box in boxes:
        for button in box.buttons():
            if box.buttonRole(button) in MAIN_ROLES:
                return button
    closing = next((b for box in boxes for b in box.buttons()), None)
    if closing is not None:
        return closing
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


def _press_main(dialog: QDialog) -> None:
    if isinstance(dialog, QWizard):
        finish = dialog.button(QWizard.WizardButton.FinishButton)
        next_ = dialog.button(QWizard.WizardButton.NextButton)
        button = finish if finish.isVisible() else next_
    else:
        button = main_button(dialog)
    if button is not None and button.isVisible() and button.isEnabled():
        button.click()


def ctrl_enter_accepts(dialog: QDialog) -> None:
    """Ctrl+Enter presses the main button of ``dialog`` even from a multi-line box, where
    Enter alone starts a new line. Call once the dialog's buttons exist."""
    if dialog.property("ctrlEnter"):
        return
    dialog.setProperty("ctrlEnter", True)
    for keys in CTRL_ENTER:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: _press_main(dialog))
