"""The analytical report's output: the order and report saved as a PDF or a Word document,
its tables exported to Excel, and what was written opened or shown in its folder.

A part of :class:`~ui.municipality.report_section.AnalyticalReportSection` (mixed into
it): its texts keep that class's translation context, so they are translated with
``QCoreApplication.translate("AnalyticalReportSection", …)``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.errors import error_text, show_error
from ui.widgets import files
from ui.worker import run_task

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from app.academic_year import AcademicYear
    from ui.context import UiContext
    from ui.municipality.report_editor import TextEditor


class ReportOutput:
    """The section's PDF, Word and Excel buttons and the «written» line under them."""

    ctx: UiContext
    today: date
    editor: TextEditor
    last_written: Path | None
    pdf_button: QPushButton
    word_button: QPushButton
    tables_button: QPushButton
    result: QLabel
    open_button: QPushButton
    folder_button: QPushButton
    written: QWidget
    current_year: Callable[[], AcademicYear | None]

    def save_document(self, suffix: str) -> None:
        """The order and report as a PDF or a Word document, written in the background."""
        from app.reports.kinds import build_report

        if self.editor.guard.dirty and not self.editor.guard.save():
            return
        year = self.current_year()
        if year is None:
            return
        if suffix == ".docx":
            kinds = QCoreApplication.translate(
                "AnalyticalReportSection", "Word document, editable (*.docx)"
            )
        else:
            kinds = QCoreApplication.translate("AnalyticalReportSection", "PDF document (*.pdf)")
        name = (
            QCoreApplication.translate("AnalyticalReportSection", "Analytical report %1").replace(
                "%1", str(year)
            )
            + suffix
        )
        path = files.ask_save(
            self,
            QCoreApplication.translate("AnalyticalReportSection", "Save the report"),
            name,
            kinds,
            suffix,
        )
        if path is None:
            return
        installation, today = self.ctx.installation, self.today

        def work(progress):
            return build_report(
                installation, path, kind="municipal", year=year, today=today, progress=progress
            )

        self._writing(True)
        run_task(
            work,
            parent=self,
            label=QCoreApplication.translate("AnalyticalReportSection", "Creating the report…"),
            on_done=lambda result: self._written(result.path),
            on_error=self._not_written,
        )

    def export_tables(self) -> None:
        """Every table of the report, a workbook each, into a folder chosen."""
        from app.municipality.tables import export_report_tables

        year = self.current_year()
        folder = files.ask_folder(
            self,
            QCoreApplication.translate("AnalyticalReportSection", "Folder for the report's tables"),
        )
        if year is None or folder is None:
            return
        scope, today = self.ctx.scope, self.today
        self._writing(True)
        run_task(
            lambda _p: export_report_tables(scope, year, folder, today),
            parent=self,
            label=QCoreApplication.translate("AnalyticalReportSection", "Exporting the tables…"),
            on_done=lambda paths: self._tables_written(folder, paths),
            on_error=self._not_written,
        )

    def _writing(self, busy: bool) -> None:
        for button in (self.pdf_button, self.word_button, self.tables_button):
            button.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._writing(False)
        self._set_written(
            path,
            QCoreApplication.translate("AnalyticalReportSection", "Saved: %1").replace(
                "%1", str(path)
            ),
        )
        self.open_button.setFocus()

    def _tables_written(self, folder: Path, paths: list[Path]) -> None:
        self._writing(False)
        text = QCoreApplication.translate(
            "AnalyticalReportSection", "Tables saved: %1, in %2"
        ).replace("%1", str(len(paths)))
        self._set_written(folder, text.replace("%2", str(folder)))

    def _not_written(self, err: BaseException) -> None:
        self._writing(False)
        self._set_written(None, error_text(err))
        show_error(self, err)

    def _set_written(self, path: Path | None, text: str) -> None:
        self.last_written = path
        self.result.setText(text)
        self.written.setVisible(bool(text))
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)

    def open_written(self) -> None:
        if self.last_written is not None:
            files.open_with_desktop(self, self.last_written)

    def open_folder(self) -> None:
        if self.last_written is not None:
            folder = self.last_written
            files.open_with_desktop(self, folder if folder.is_dir() else folder.parent)
