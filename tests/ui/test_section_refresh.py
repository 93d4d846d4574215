"""A section behind another page of the main window's stack refreshes when it is shown,
not on every change made elsewhere; the shown one refreshes at once."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.changes import Changes


def _counting_section(ctx):
    from ui.sections.base import Section

    class Counting(Section):
        def __init__(self, ctx) -> None:
            super().__init__(ctx)
            self.refreshed = 0

        def wants(self, changes: Changes) -> bool:
            return changes.roadmap

        def refresh(self) -> None:
            self.refreshed += 1

    return Counting(ctx)


def test_hidden_section_refreshes_once_when_shown(qtbot, school):
    from ui.context import UiContext

    ctx = UiContext(school)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other, section = QWidget(), _counting_section(ctx)
    stack.addWidget(other)
    stack.addWidget(section)
    stack.setCurrentWidget(other)
    stack.show()
    for _ in range(3):
        ctx.bus.changed.emit(Changes(roadmap=True), None)
    ctx.bus.changed.emit(Changes(partnership=True), None)  # not wanted: no refresh later
    assert section.refreshed == 0
    stack.setCurrentWidget(section)
    assert section.refreshed == 1
    stack.setCurrentWidget(other)
    stack.setCurrentWidget(section)
    assert section.refreshed == 1  # nothing changed meanwhile


def test_shown_section_refreshes_at_once_and_skips_its_own_changes(qtbot, school):
    from ui.context import UiContext

    ctx = UiContext(school)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    section = _counting_section(ctx)
    stack.addWidget(section)
    stack.show()
    ctx.bus.changed.emit(Changes(roadmap=True), None)
    assert section.refreshed == 1
    ctx.bus.changed.emit(Changes(roadmap=True), section)
    assert section.refreshed == 1
