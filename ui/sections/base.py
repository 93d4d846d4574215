"""Base of every section page shown in the main window's navigation."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.changes import Changes
from ui.context import UiContext
from ui.widgets.unsaved import guards_of


class Section(QWidget):
    """A page. Subclasses build widgets in ``__init__`` and reload in ``refresh``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale_while_hidden = False
        ctx.bus.changed.connect(self._on_changed)

    def wants(self, changes: Changes) -> bool:
        """Whether ``changes`` touch what this page shows; default: anything."""
        return changes.any()

    def refresh(self) -> None:
        """Reload from the database."""

    def has_unsaved(self) -> bool:
        """Whether a form of this page holds edits not yet stored."""
        return any(guard.dirty for guard in guards_of(self))

    def can_leave(self) -> bool:
        """Asked before another section is shown or the window closes: every edited form of
        the page (its :class:`EditGuard`) asks Save / Discard / Cancel; False to stay."""
        return all(guard.can_leave() for guard in guards_of(self))

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.wants(changes):
            return
        if self.is_behind_another_page():
            self._stale_while_hidden = True  # an edit elsewhere costs nothing here
        else:
            self.refresh()

    def is_behind_another_page(self) -> bool:
        """A page of the main window's stack that is not the one shown."""
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale_while_hidden:
            self._stale_while_hidden = False
            self.refresh()
