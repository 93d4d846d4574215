"""«Аналитическая справка» (seed 002): the municipality's annual order and analytical
report for an academic year. The methodologist edits its texts — each prefilled from the
year's data until she writes her own, remembered per year — checks the whole report in a
read-only preview, and saves it as a PDF or a Word document, or its tables to Excel.

The year's data are read and the preview is built on the worker thread; a save or a
reset updates the list at once and rebuilds the preview in the background. Saving the
documents and the tables is ui/municipality/report_output.py's (a part mixed in)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import Changes
from app.municipality.report import reset_report_text, save_report_text
from app.municipality.report.editable import stored_texts
from app.reports.years import available_years, due_year
from ui.context import UiContext
from ui.errors import show_error
from ui.municipality.report_editor import TextEditor, TextList, TextRow
from ui.municipality.report_output import ReportOutput
from ui.municipality.report_preview import YearReport, read_year, restored
from ui.programme.widgets import confirm
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets.flow import FlowLayout
from ui.worker import run_task

WATCHED = ("profile", "programme", "roadmap", "indicators", "partnership", "reports", "exchange")
WATCHED += ("self_assessment",)
PREVIEW_TAB = 1


class AnalyticalReportSection(ReportOutput, Section):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.report: YearReport | None = None  # the year shown, once read
        self.loading_year: AcademicYear | None = None
        self.last_written: Path | None = None
        self._generation = 0  # only the newest background result is shown
        self._pending_html: str | None = None  # the preview, until its tab is opened
        self.year = QComboBox()
        self.year.setMaximumWidth(200)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_document(".pdf"))
        self.word_button = QPushButton(self.tr("Save &Word…"))
        self.word_button.clicked.connect(lambda: self.save_document(".docx"))
        self.tables_button = QPushButton(self.tr("Export tables to &Excel…"))
        self.tables_button.clicked.connect(self.export_tables)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_written)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.texts = TextList()
        self.texts.chosen.connect(self.choose)
        self.editor = TextEditor(self.save_text, self.reset_text, self.discard)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the whole report"))
        self._layout()
        self._set_written(None, "")

    def _layout(self) -> None:
        year_label = QLabel(self.tr("Academic &year"))
        year_label.setBuddy(self.year)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addWidget(self.year_note, 1)
        actions = FlowLayout()
        for button in (self.pdf_button, self.word_button, self.tables_button):
            actions.addWidget(button)
        self.written = QWidget()  # shown once something is written (or refused)
        written = QHBoxLayout(self.written)
        written.setContentsMargins(0, 0, 0, 0)
        written.addWidget(self.result, 1)
        written.addWidget(self.open_button)
        written.addWidget(self.folder_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.texts)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(split, self.tr("Texts"))
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        note = QLabel(
            self.tr("The whole report as it reads; the PDF and the Word document lay it out.")
        )
        note.setWordWrap(True)
        preview_layout.addWidget(note)
        preview_layout.addWidget(self.preview, 1)
        self.tabs.addTab(preview_page, self.tr("Preview"))
        self.tabs.currentChanged.connect(
            lambda index: index == PREVIEW_TAB and self._show_preview()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_header(
                self.tr("Analytical report"),
                self.tr(
                    "The order and the analytical report on the municipal project and the "
                    "schools' projects: each text is prefilled from the year's data until you "
                    "write your own."
                ),
            )
        )
        layout.addLayout(year_row)
        layout.addLayout(actions)
        layout.addWidget(self.written)
        layout.addWidget(self.tabs, 1)

    # ---- years and loading --------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return any(getattr(changes, name) for name in WATCHED)

    def refresh(self) -> None:
        due = due_year(self.today)
        chosen = self.current_year() or due
        years = available_years(self.ctx.scope, self.today)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findText(str(chosen)), 0))
        self.year.blockSignals(False)
        self.year_note.setText(self._due_note(due))
        self.load(self.current_year())

    def _due_note(self, due: AcademicYear) -> str:
        if 6 <= self.today.month <= 8:
            text = self.tr("Proposed: %1 — the report is due for the year now ending.")
        else:
            text = self.tr("Proposed: %1 — the report is due for the last finished year.")
        return text.replace("%1", str(due))

    def current_year(self) -> AcademicYear | None:
        return self.year.currentData()

    def _year_changed(self) -> None:
        shown = self.loading_year or (self.report.year if self.report is not None else None)
        if self.current_year() == shown:
            return
        if not self.editor.guard.can_leave():
            self.year.blockSignals(True)
            self.year.setCurrentIndex(max(self.year.findText(str(shown)), 0))
            self.year.blockSignals(False)
            return
        self.load(self.current_year())

    def load(self, year: AcademicYear | None) -> None:
        """Read ``year``'s report in the background (the texts wait, disabled)."""
        if year is None:
            return
        self.loading_year = year
        if self.report is None or self.report.year != year:
            self.texts.setEnabled(False)
            self.editor.setEnabled(False)
        scope, today = self.ctx.scope, self.today
        self._start(lambda _p: read_year(scope, year, today), self.tr("Reading the report…"))

    def _recompose(self) -> None:
        report, scope = self.report, self.ctx.scope
        self._start(lambda _p: restored(report, scope), self.tr("Updating the preview…"))

    def _start(self, work, label: str) -> None:
        self._generation += 1
        generation = self._generation
        run_task(
            work,
            parent=self,
            label=label,
            on_done=lambda report: self._shown(generation, report),
            on_error=lambda err: self._failed(generation, err),
            cancellable=False,
        )

    def _failed(self, generation: int, err: BaseException) -> None:
        if generation == self._generation:
            self.loading_year = None
            self.texts.setEnabled(self.report is not None)
            self.editor.setEnabled(self.report is not None)
            self.editor.edit.setEnabled(bool(self.editor.key))
        show_error(self, err)

    def _shown(self, generation: int, report: YearReport) -> None:
        if generation != self._generation:
            return
        self.report, self.loading_year = report, None
        self.texts.set_rows(self._rows())
        self.texts.setEnabled(True)
        self.editor.setEnabled(True)
        keys = [key for key, _title in report.keys]
        key = self.editor.key if self.editor.key in keys else keys[0]
        if self.editor.guard.dirty and key == self.editor.key:
            self.editor.show_own(report.has_own_text(key))  # the edit on screen stays
        elif key != self.editor.key or self.editor.text() != report.texts[key]:
            self._show_key(key)
        else:
            self.editor.edit.setEnabled(True)
            self.editor.show_own(report.has_own_text(key))
        self.texts.select(key)
        self._pending_html = report.html
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self._show_preview()

    def _show_preview(self) -> None:
        """Lay the preview out when it is looked at: for 500 schools that takes a second,
        which a save on the «Тексты» tab should not cost."""
        if self._pending_html is None:
            return
        scroll = self.preview.verticalScrollBar()
        position = scroll.value()
        self.preview.setHtml(self._pending_html)
        self._pending_html = None
        scroll.setValue(position)

    def _rows(self) -> list[TextRow]:
        report = self.report
        return [
            TextRow(n, key, title, report.has_own_text(key), report.texts[key])
            for n, (key, title) in enumerate(report.keys, start=1)
        ]

    # ---- editing ------------------------------------------------------------------------
    def _title(self, key: str) -> str:
        return next((title for k, title in self.report.keys if k == key), key)

    def _show_key(self, key: str) -> None:
        report = self.report
        self.editor.show_text(key, self._title(key), report.texts[key], report.has_own_text(key))
        self.texts.select(key)

    def choose(self, key: str) -> None:
        """The list's pick: its text in the editor, once edits of the one shown are kept."""
        if self.report is None or key == self.editor.key:
            return
        if not self.editor.guard.can_leave():
            self.texts.select(self.editor.key)
            return
        self._show_key(key)

    def save_text(self) -> bool:
        """Store the editor's text for the year shown (the guard's Save)."""
        report, key, text = self.report, self.editor.key, self.editor.text()
        if report is None or not key:
            return False
        year = report.year
        try:
            self.ctx.perform(lambda s: save_report_text(s, year, key, text), initiator=self)
            report.stored = stored_texts(self.ctx.scope, year)
        except Exception as err:  # shown in Russian, never a traceback
            show_error(self, err)
            return False
        report.texts[key] = report.stored.get(key, text)
        if report.texts[key] != text:  # stored without trailing spaces and blank edges
            self.editor.show_text(key, self._title(key), report.texts[key], own=True)
        self.editor.show_own(True)
        self.texts.set_rows(self._rows())
        self._recompose()
        return True

    def discard(self) -> None:
        """The guard's «Не сохранять»: the stored (or default) text again."""
        if self.report is not None and self.editor.key:
            key = self.editor.key
            self.editor.show_text(key, self._title(key), self.report.texts[key], self.editor.own)

    def reset_text(self) -> None:
        """«Вернуть текст по умолчанию», after a question: the stored text is forgotten."""
        report, key = self.report, self.editor.key
        if report is None or not key:
            return
        question = self.tr(
            "Restore the default text of «%1»? The report will print the text prefilled "
            "from the year's data; your wording of it is deleted."
        ).replace("%1", self._title(key))
        if not confirm(self, self.tr("Restore the default text"), question):
            return
        if not report.has_own_text(key):  # only typed, never saved: the default is at hand
            self.discard()
            return
        year = report.year
        try:
            self.ctx.perform(lambda s: reset_report_text(s, year, key), initiator=self)
        except Exception as err:  # shown in Russian, never a traceback
            show_error(self, err)
            return
        report.stored.pop(key, None)
        with self.editor.guard.loading():  # not an edit: the default arrives with the preview
            self.editor.edit.setEnabled(False)
        self.editor.show_own(False)
        self.texts.set_rows(self._rows_without(key))
        self._recompose()

    def _rows_without(self, key: str) -> list[TextRow]:
        return [
            TextRow(r.position, r.key, r.title, False, r.text) if r.key == key else r
            for r in self.texts.rows()
        ]
