"""Base of every section page shown in the main window's navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.changes import Changes
from ui.context import UiContext
from ui.widgets.unsaved import guards_of


class Section(QWidget):
    """A page. Subclasses build widgets in ``__init__`` and reload in ``refresh``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        if initiator is not self and self.wants(changes):
            self.refresh()
