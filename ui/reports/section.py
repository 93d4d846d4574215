"""The «Reports» section: pick a kind and a year, write the PDF or the Word document (the
file dialog offers both) off the UI thread, open it; edit the director's conclusions for the
year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear, parse_year
from app.changes import Changes
from app.reports.conclusions import get_conclusions, save_conclusions
from app.reports.kinds import SCHOOL_KINDS, build_report
from app.reports.output import DOCX, PDF, SUFFIXES
from app.reports.years import available_years, due_year
from ui.context import UiContext
from ui.errors import show_error
from ui.reports.conclusions_form import ConclusionsForm
from ui.sections.base import Section
from ui.widgets import files
from ui.widgets.fit import scrolled

FILE_STEMS = {
    "summary": "годовой-отчёт",
    "roadmap": "дорожная-карта",
    "partnership": "партнёрство",
    "self-assessment": "самооценка",
    "blank-self-assessment": "бланк-самооценки",
}


class ReportsSection(Section):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.shown_year: AcademicYear | None = None
        self.last_written: Path | None = None
        self.suffix = PDF  # the format chosen last time is proposed again
        self.kind = QComboBox()
        for kind in SCHOOL_KINDS:
            self.kind.addItem(self._kind_title(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create report…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_report)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_report)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.conclusions = ConclusionsForm()
        self.conclusions.save_requested.connect(self.save)
        self._layout()
        self._set_written(None)
        self.refresh()
        self._kind_changed()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.kind)
        form.addRow(self.tr("Academic &year"), self.year)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.kind)
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.year)
        self.kind.setMinimumWidth(320)
        self.kind.setMaximumWidth(520)
        self.year.setMaximumWidth(200)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        box = QGroupBox(self.tr("Report (PDF or Word)"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.year_note)
        inner.addWidget(self.about)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(scrolled(self.conclusions), 1)  # tall for 150 % scaling

    def _kind_title(self, kind: str) -> str:
        return {
            "summary": self.tr("Annual summary for the municipality"),
            "roadmap": self.tr("Roadmap"),
            "partnership": self.tr("Partnership of the year"),
            "self-assessment": self.tr("Self-assessment runs of the year"),
            "blank-self-assessment": self.tr("Blank self-assessment form"),
        }[kind]

    def _kind_about(self, kind: str) -> str:
        return {
            "summary": self.tr(
                "Title block, programme goal and tasks, planned results, roadmap execution, "
                "indicators with charts, partnership, self-assessment and your conclusions."
            ),
            "roadmap": self.tr("The roadmap of the year in the municipal report's columns."),
            "partnership": self.tr(
                "Agreements, support plan, joint events and network-interaction criteria."
            ),
            "self-assessment": self.tr("Every self-assessment run of the year with evidence."),
            "blank-self-assessment": self.tr("An empty form to fill in at a paper meeting."),
        }[kind]

    def wants(self, changes: Changes) -> bool:
        """The years with data (any area's) and the director's conclusions."""
        return (
            changes.reports
            or changes.programme
            or changes.roadmap
            or changes.indicators
            or changes.partnership
            or changes.self_assessment
        )

    def refresh(self) -> None:
        scope = self.ctx.scope
        due = due_year(self.today)
        chosen = self.year.currentData() or str(due)
        years = available_years(scope, self.today)
        self.year_note.setText(self._due_note(due))
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), str(year))
        index = self.year.findData(chosen)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        self._load_conclusions()

    def _due_note(self, due: AcademicYear) -> str:
        """One line: which year is offered first and why."""
        if 6 <= self.today.month <= 8:
            text = self.tr("Proposed: %1 — the annual report is due for the year now ending.")
        else:
            text = self.tr(
                "Proposed: %1 — the annual report is due for the last finished year "
                "(from June to August, for the year then ending)."
            )
        return text.replace("%1", str(due))

    def current_year(self) -> AcademicYear | None:
        text = self.year.currentData()
        return parse_year(text) if text else None

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.about.setText(self._kind_about(kind))
        self.year.setEnabled(kind != "blank-self-assessment")

    def _year_changed(self) -> None:
        if self.conclusions.dirty and not self._keep_or_drop_edits():
            self.year.blockSignals(True)
            self.year.setCurrentIndex(max(self.year.findData(str(self.shown_year)), 0))
            self.year.blockSignals(False)
            return
        self._load_conclusions()

    def can_leave(self) -> bool:
        if not self.conclusions.dirty:
            return True
        if not self._keep_or_drop_edits():
            return False
        self._load_conclusions()  # saved or dropped: show what is stored
        return True

    def _keep_or_drop_edits(self) -> bool:
        """Ask about unsaved conclusions; False means stay on the current year."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved conclusions"),
            self.tr("The conclusions for %1 are not saved. Save them?").replace(
                "%1", str(self.shown_year)
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return True

    def _load_conclusions(self) -> None:
        self.shown_year = self.current_year()
        if self.shown_year is not None:
            self.conclusions.load(get_conclusions(self.ctx.scope, self.shown_year))
            self.conclusions.setTitle(
                self.tr("Conclusions for %1 (printed at the end of the summary)").replace(
                    "%1", str(self.shown_year)
                )
            )

    def save(self) -> bool:
        year, value = self.shown_year, self.conclusions.value()
        try:
            self.ctx.perform(lambda scope: save_conclusions(scope, year, value), initiator=self)
        except Exception as err:  # shown in Russian, never a traceback
            show_error(self, err)
            return False
        self.conclusions.mark_saved(self.tr("Saved"))
        return True

    def ask_path(self, suggested: Path) -> Path | None:
        """Where to write the report: a PDF, or a Word document to edit before signing (a
        name typed without either suffix gets the suggested one)."""
        pdf, word = self.tr("PDF document (*.pdf)"), self.tr("Word document, editable (*.docx)")
        # the suggested name's format first: dialogs select the first filter
        kinds = f"{word};;{pdf}" if suggested.suffix.lower() == DOCX else f"{pdf};;{word}"
        path = files.ask_save(self, self.tr("Save the report"), suggested.name, kinds, "")
        if path is not None and path.suffix.lower() not in SUFFIXES:
            default = suggested.suffix.lower()
            path = path.with_name(path.name + (default if default in SUFFIXES else PDF))
        return path

    def create_report(self) -> None:
        if self.conclusions.dirty and not self.save():
            return
        kind, year = self.kind.currentData(), self.current_year()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents or Path.home()) / f"{FILE_STEMS[kind]}-{year}{self.suffix}"
        path = self.ask_path(suggested)
        if path is None:
            return
        self.suffix = path.suffix.lower()
        self.start(kind, year, path)

    def start(self, kind: str, year: AcademicYear, path: Path):
        from ui.worker import run_task

        installation, scope, today = self.ctx.installation, self.ctx.scope, self.today
        self.create_button.setEnabled(False)

        def work(progress):
            return build_report(
                installation, path, kind, year, today=today, progress=progress, scope=scope
            )

        def failed(err: BaseException) -> None:
            self.create_button.setEnabled(True)
            show_error(self, err)

        return run_task(
            work,
            parent=self,
            label=self.tr("Creating the report…"),
            on_done=self._done,
            on_error=failed,
        )

    def _done(self, result) -> None:
        self.create_button.setEnabled(True)
        self._set_written(result.path, result.pages)

    def _set_written(self, path: Path | None, pages: int | None = None) -> None:
        self.last_written = path
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)
        if path is None:
            self.result.setText(
                self.tr("The report is saved where you choose (Documents by default).")
            )
        else:
            if pages is None:  # a Word document: the word processor paginates it
                text = self.tr("Saved: %1").replace("%1", str(path))
            else:
                text = self.tr("Saved (%1 pages): %2").replace("%1", str(pages))
                text = text.replace("%2", str(path))
            self.result.setText(text)
            self.open_button.setFocus()

    def open_report(self) -> None:
        if self.last_written is not None:
            files.open_with_desktop(self, self.last_written)

    def open_folder(self) -> None:
        if self.last_written is not None:
            files.open_with_desktop(self, self.last_written.parent)
