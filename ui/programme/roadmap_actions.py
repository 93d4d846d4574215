"""What the roadmap's buttons do: undoable delete, paste, carry forward, Excel round trip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QUndoCommand

from app.changes import OpResult
from app.programme import copy_forward as forward
from app.programme.paste import PasteResult, paste_activities
from app.programme.roadmap import delete_activities, restore_activities
from app.programme.rows import ActivityRow
from ui.errors import show_error
from ui.programme import widgets
from ui.widgets import files
from ui.worker import run_task

if TYPE_CHECKING:
    from app.academic_year import AcademicYear
    from app.scope import SchoolScope
    from app.tables import ImportSummary
    from ui.programme.roadmap_section import RoadmapSection


class DeleteCommand(QUndoCommand):
    """Delete activities; undo puts them back with their ids and evidence."""

    def __init__(self, section: RoadmapSection, rows: list[ActivityRow]) -> None:
        label = QCoreApplication.translate("RoadmapActions", "Delete %1 activities").replace(
            "%1", str(len(rows))
        )
        super().__init__(label)
        self.section, self.ids = section, [r.id for r in rows]
        self.deleted: list[ActivityRow] = []
        self.failed = False

    def redo(self) -> None:
        deleted = self.section.ctx.try_perform(
            lambda scope: delete_activities(scope, self.ids), self.section
        )
        self.failed = deleted is None
        self.deleted = deleted or []

    def undo(self) -> None:
        rows = self.deleted
        self.section.ctx.try_perform(lambda scope: restore_activities(scope, rows), self.section)


def delete_selected(section: RoadmapSection) -> None:
    rows = section.selected_rows()
    if not rows:
        return
    if len(rows) == 1:
        text = QCoreApplication.translate("RoadmapActions", "Delete the activity «%1»?").replace(
            "%1", rows[0].title
        )
    else:
        text = QCoreApplication.translate(
            "RoadmapActions", "Delete %1 selected activities?"
        ).replace("%1", str(len(rows)))
    text += "\n" + QCoreApplication.translate("RoadmapActions", "You can undo this with Ctrl+Z.")
    if widgets.confirm(section, QCoreApplication.translate("RoadmapActions", "Delete"), text):
        section.undo_stack.push(DeleteCommand(section, rows))


def paste_op(text: str, year: AcademicYear) -> Callable[[SchoolScope], OpResult[PasteResult]]:
    """The use case behind Ctrl+V: parse, and save only if every row is valid."""
    return lambda scope: paste_activities(scope, text, year)


def paste(section: RoadmapSection, text: str | None = None) -> PasteResult | None:
    if text is None:
        text = QGuiApplication.clipboard().text()
    result = section.ctx.try_perform(paste_op(text, section.current_year()), section)
    if result is None:
        return None
    if result.errors:
        message = QCoreApplication.translate(
            "RoadmapActions", "Nothing was pasted: fix these rows and copy them again."
        )
        section.paste_errors = widgets.show_errors(
            section,
            QCoreApplication.translate("RoadmapActions", "Paste rows"),
            message,
            list(result.errors),
        )
    else:
        count = str(len(result.rows))
        widgets.inform(
            section,
            QCoreApplication.translate("RoadmapActions", "Paste rows"),
            QCoreApplication.translate("RoadmapActions", "Activities added: %1").replace(
                "%1", count
            ),
        )
    return result


def copy_forward(section: RoadmapSection) -> None:
    year = section.current_year()
    text = (
        QCoreApplication.translate(
            "RoadmapActions", "Copy the unfinished activities of %1 into %2 as planned?"
        )
        .replace("%1", str(year))
        .replace("%2", str(year.next()))
    )
    if not widgets.confirm(
        section, QCoreApplication.translate("RoadmapActions", "Carry unfinished to next year"), text
    ):
        return

    def done(rows) -> None:
        message = (
            QCoreApplication.translate("RoadmapActions", "Activities copied into %1: %2")
            .replace("%1", str(year.next()))
            .replace("%2", str(len(rows)))
        )
        widgets.inform(
            section,
            QCoreApplication.translate("RoadmapActions", "Carry unfinished to next year"),
            message,
        )

    section.ctx.run_op(
        lambda scope, _progress: forward.copy_forward(scope, year),
        parent=section,
        label=QCoreApplication.translate("RoadmapActions", "Copying activities…"),
        on_done=done,
    )


def export_excel(section: RoadmapSection) -> None:
    year = section.current_year()
    path = files.ask_save(
        section,
        QCoreApplication.translate("RoadmapActions", "Export the roadmap"),
        f"дорожная-карта-{year.start_year}-{year.end_year}.xlsx",
        QCoreApplication.translate("RoadmapActions", "Excel workbook (*.xlsx)"),
        ".xlsx",
    )
    if path is not None:
        export_file(section, path)


def export_file(section: RoadmapSection, path: Path) -> None:
    from app.tables import table_io

    year = section.current_year()
    scope = section.ctx.scope
    run_task(
        lambda _progress: table_io("roadmap").export(scope, path, year),
        parent=section,
        label=QCoreApplication.translate("RoadmapActions", "Exporting the roadmap…"),
        on_done=lambda _path: widgets.inform(
            section,
            QCoreApplication.translate("RoadmapActions", "Export"),
            QCoreApplication.translate("RoadmapActions", "Saved: %1").replace("%1", str(path)),
        ),
    )


def import_excel(section: RoadmapSection) -> None:
    path = files.ask_open(
        section,
        QCoreApplication.translate("RoadmapActions", "Import the roadmap"),
        QCoreApplication.translate("RoadmapActions", "Excel workbook (*.xlsx)"),
    )
    if path is not None:
        import_file(section, path)


def import_file(section: RoadmapSection, path: Path) -> None:
    from app.programme.excel_import import import_roadmap

    scope = section.ctx.scope

    def done(result: OpResult[ImportSummary]) -> None:
        if result.changes.any():
            section.ctx.bus.changed.emit(result.changes, None)
        summary = result.value
        message = (
            QCoreApplication.translate("RoadmapActions", "Added: %1, updated: %2.")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.updated))
        )
        widgets.inform(section, QCoreApplication.translate("RoadmapActions", "Import"), message)

    run_task(
        lambda _progress: import_roadmap(scope, path),
        parent=section,
        label=QCoreApplication.translate("RoadmapActions", "Importing the roadmap…"),
        on_done=done,
        on_error=lambda err: import_failed(section, err),
    )


def import_failed(section: RoadmapSection, err: BaseException) -> None:
    from app.excel import ExcelImportError

    if not isinstance(err, ExcelImportError):
        show_error(section, err)
        return
    lines = [widgets.cell_error_text(e.sheet, e.cell, e.reason) for e in err.errors]
    message = (
        err.message + " " + QCoreApplication.translate("RoadmapActions", "Nothing was imported.")
    )
    section.import_errors = widgets.show_errors(
        section, QCoreApplication.translate("RoadmapActions", "Import"), message, lines
    )
