"""Nothing typed is lost: one rule for every form with a Save button.

A form's :class:`EditGuard` knows whether what is on screen differs from what is stored.
Before its section is left or the window closes (``Section.can_leave`` asks every guard
of the page), an edited form asks «Сохранить изменения?» — Save, Discard or Cancel (stay).
Saving shows «Сохранено» next to the button for a few seconds, never a message box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ui.widgets.forms import on_any_edit

SAVED_SHOWN_MS = 4000
Button = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel about unsaved edits (tests replace this function)."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        text,
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )


class SaveStatus(QLabel):
    """The line next to a Save button: «Не сохранено» while edited, «Сохранено» after saving
    (it goes away after ``SAVED_SHOWN_MS``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.fade = QTimer(self)
        self.fade.setSingleShot(True)
        self.fade.setInterval(SAVED_SHOWN_MS)
        self.fade.timeout.connect(self.clear)

    def show_saved(self) -> None:
        self.setText(self.tr("Saved"))
        self.fade.start()

    def show_unsaved(self) -> None:
        self.fade.stop()
        self.setText(self.tr("Not saved yet"))

    def show_clean(self) -> None:
        self.fade.stop()
        self.clear()


class EditGuard(QObject):
    """Whether a form has unsaved edits, and the question asked before they could be lost.

    ``save`` stores the form and returns whether it did (a refusal keeps the user on the
    form); ``discard`` reloads what is stored. ``question`` is the Russian sentence asked;
    ``ask`` (default :func:`ask_unsaved`) may be given to keep an older test hook.
    """

    dirty_changed = Signal(bool)

    def __init__(
        self,
        form: QWidget,
        save: Callable[[], bool],
        discard: Callable[[], None],
        question: str,
        ask: Callable[[], QMessageBox.StandardButton] | None = None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self._save, self._discard, self.question = save, discard, question
        self._ask = ask
        self._dirty = False
        self._loading = 0
        self.status: SaveStatus | None = None
        self.buttons: list[QWidget] = []

    # what is watched ------------------------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        """Any edit of ``widgets`` (outside :meth:`loading`) makes the form dirty."""
        on_any_edit(widgets, self.mark_dirty)

    def show_in(self, status: SaveStatus | None, *buttons: QWidget) -> None:
        """Report the state in ``status``; ``buttons`` (Save, Undo) are enabled while dirty."""
        self.status = status
        self.buttons = list(buttons)
        self._show()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Filling the form from the database: not an edit; the form is clean afterwards."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
        if not self._loading:
            self._set_dirty(False)
            if self.status is not None:
                self.status.show_clean()

    # state --------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def mark_saved(self) -> None:
        """Stored: clean, and «Сохранено» for a moment."""
        self._set_dirty(False)
        if self.status is not None:
            self.status.show_saved()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._show()
        if changed:
            self.dirty_changed.emit(dirty)

    def _show(self) -> None:
        for button in self.buttons:
            button.setEnabled(self._dirty)
        if self._dirty and self.status is not None:
            self.status.show_unsaved()

    # leaving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form now (the Save button and Ctrl+S); whether it was stored."""
        if not self._save():
            return False
        self.mark_saved()
        return True

    def can_leave(self) -> bool:
        """True when nothing is lost by leaving: clean, saved now or discarded on purpose."""
        if not self._dirty:
            return True
        answer = self._ask() if self._ask is not None else ask_unsaved(self.form, self.question)
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            with self.loading():
                self._discard()
            return True
        return False


def save_shortcut(form: QWidget, guard: EditGuard) -> QShortcut:
    """Ctrl+S saves an edited form while the focus is inside it."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: guard.save() if guard.dirty else None)
    return shortcut


def guards_of(page: QWidget) -> list[EditGuard]:
    return page.findChildren(EditGuard)
