"""Section «Самодиагностика»: runs, the run editor, deficits and strengths, comparison,
the deficit trail, partner matching and the instruments catalogue."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.changes import Changes
from ui.context import UiContext
from ui.errors import show_error
from ui.sections.base import Section
from ui.self_assessment.analysis import ComparePage
from ui.self_assessment.deficits_page import DeficitsPage
from ui.self_assessment.matching_page import MatchingPage
from ui.self_assessment.pages import InstrumentsPage, RunsPage
from ui.self_assessment.run_editor import RunEditor
from ui.self_assessment.trail_page import TrailPage


class SelfAssessmentSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.runs = RunsPage(ctx)
        self.editor = RunEditor(ctx, initiator=self)
        self.deficits = DeficitsPage(ctx)
        self.compare = ComparePage(ctx)
        self.trail = TrailPage(ctx)
        self.matching = MatchingPage(ctx)
        self.instruments = InstrumentsPage(ctx)
        self.tabs = QTabWidget()
        for page, title in (
            (self.runs, self.tr("Self-assessments")),
            (self.editor, self.tr("Answers")),
            (self.deficits, self.tr("Deficits and strengths")),
            (self.compare, self.tr("Comparison")),
            (self.trail, self.tr("Deficit trail")),
            (self.matching, self.tr("Partners")),
            (self.instruments, self.tr("Instruments")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.runs.open_run.connect(self.open_run)
        self.deficits.show_trail.connect(self.open_trail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._stale: set[QWidget] = set()
        self.refresh()

    def has_unsaved(self) -> bool:
        return bool(self.editor.dirty)

    def can_leave(self) -> bool:
        """Answers save as they are typed; what is still waiting for the pause is saved now."""
        self.editor.save_pending()
        return True

    def wants(self, changes: Changes) -> bool:
        return changes.self_assessment or changes.partnership or changes.indicators

    def refresh(self) -> None:
        """Reload the visible page now; the others when they are next shown."""
        self._stale = {
            self.runs,
            self.deficits,
            self.compare,
            self.trail,
            self.matching,
            self.instruments,
        }
        if self.editor.detail is not None:
            self._stale.add(self.editor)
        self._refresh_current()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if not self.wants(changes):
            return
        if initiator is self:  # an autosaved answer: the editor is current already
            self._stale = {
                self.runs,
                self.deficits,
                self.compare,
                self.trail,
                self.matching,
                self.instruments,
            }
            return
        super()._on_changed(changes, initiator)  # refreshed now, or when next shown

    def _refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        if page not in self._stale:
            return
        self._stale.discard(page)
        try:
            if page is self.editor:
                if self.editor.detail is not None:
                    self.editor.load(self.editor.detail.run.id)
            else:
                page.refresh()
        except Exception as err:  # a page that cannot load says so in Russian
            show_error(self, err)

    def open_run(self, run_id: uuid.UUID) -> None:
        try:
            self.editor.load(run_id)
        except Exception as err:
            show_error(self, err)
            return
        self._stale.discard(self.editor)
        self.tabs.setCurrentWidget(self.editor)

    def open_trail(self, deficit_id: uuid.UUID) -> None:
        self.tabs.setCurrentWidget(self.trail)
        self.trail.select(deficit_id)
