"""Pages of the section: runs and instruments."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear, year_range
from app.changes import OpResult
from app.self_assessment.catalogue import (
    delete_instrument,
    export_json,
    import_instrument,
    list_instruments,
    write_template,
)
from app.self_assessment.runs import RunRow, delete_run, list_runs, start_run
from ui.context import UiContext
from ui.errors import show_error
from ui.self_assessment.dialogs import NewRunDialog
from ui.self_assessment.table_model import keys, make_view, selected_rows
from ui.widgets import files
from ui.widgets.flow import FlowLayout
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns


def toolbar(*widgets: QWidget) -> FlowLayout:
    bar = FlowLayout()  # wraps at 125–150 % rather than cutting the buttons' captions
    for widget in widgets:
        bar.addWidget(widget)
    bar.addStretch(1)
    return bar


def filter_edit(model: TableModel, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(QCoreApplication.translate("RunsPage", "Filter…"))
    edit.setClearButtonEnabled(True)
    edit.setMaximumWidth(260)
    edit.textChanged.connect(model.set_filter)
    return edit


def done(result: OpResult[Any]) -> OpResult[bool]:
    """``result`` carrying ``True``: lets the caller of ``ctx.try_perform`` tell that a use
    case returning nothing went through (``try_perform`` answers ``None`` on failure)."""
    return OpResult(True, result.changes)


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


class RunsPage(QWidget):
    open_run = Signal(object)  # run id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r.year)),
                Col(self.tr("Instrument"), lambda r: r.title),
                Col(self.tr("Version"), lambda r: r.version),
                Col(self.tr("Status"), lambda r: r.status_label),
                Col(
                    self.tr("Answered"),
                    lambda r: f"{r.answered}/{r.total}",
                    lambda r: r.answered / max(1, r.total),
                ),
                Col(
                    self.tr("Overall score"),
                    lambda r: _score(r.overall),
                    lambda r: r.overall,
                    align=RIGHT,
                ),
                Col(self.tr("Started"), lambda r: r.started_on),
                Col(self.tr("Finished"), lambda r: r.finished_at),
                Col(self.tr("Team"), lambda r: ", ".join(m.name for m in r.team)),
            ],
            self,
        )
        self.view = make_view(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self._open())
        keys(self.view, insert=self.new_run, delete=self.delete, enter=self._open)
        new = QPushButton(self.tr("New self-assessment…"))
        open_ = QPushButton(self.tr("Open"))
        remove = QPushButton(self.tr("Delete…"))
        new.clicked.connect(self.new_run)
        open_.clicked.connect(self._open)
        remove.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar(new, open_, remove, filter_edit(self.model, self)))
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_rows(list(reversed(list_runs(self.ctx.scope))))
        fit_columns(self.view, 420)

    def _selected(self) -> RunRow | None:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def _open(self) -> None:
        run = self._selected()
        if run is not None:
            self.open_run.emit(run.id)

    def new_run(self) -> None:
        instruments = list_instruments(self.ctx.scope)
        current = AcademicYear.current()
        years = year_range(AcademicYear(current.start_year - 6), current.next())
        dialog = NewRunDialog(instruments, years, current, self)
        earlier = list_runs(self.ctx.scope)
        if earlier:  # the last team, to edit rather than retype
            dialog.team.set_members(earlier[-1].team)
        if not dialog.exec():
            return
        instrument_id, year, team = dialog.values()
        run_id = self.ctx.try_perform(
            lambda scope: start_run(scope, instrument_id, year, team), self
        )
        if run_id is not None:
            self.open_run.emit(run_id)

    def delete(self) -> None:
        run = self._selected()
        if run is None:
            return
        question = self.tr("Delete the self-assessment «%1» of %2 with all its answers?")
        question = question.replace("%1", run.title).replace("%2", str(run.year))
        if (
            QMessageBox.question(self, self.tr("Delete"), question)
            == QMessageBox.StandardButton.Yes
        ):
            self.ctx.try_perform(lambda scope: delete_run(scope, run.id), self)


class InstrumentsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TableModel(
            [
                Col(self.tr("Instrument"), lambda r: r.title),
                Col(self.tr("Version"), lambda r: r.version),
                Col(self.tr("Areas"), lambda r: r.areas, align=RIGHT),
                Col(self.tr("Items"), lambda r: r.items, align=RIGHT),
                Col(self.tr("Runs"), lambda r: r.runs, align=RIGHT),
                Col(
                    self.tr("Source"),
                    lambda r: self.tr("shipped") if r.source == "builtin" else self.tr("imported"),
                ),
                Col(self.tr("Note"), lambda r: r.sample_note),
            ],
            self,
        )
        self.view = make_view(self.model, self)
        keys(self.view, insert=self.import_file, delete=self.delete)
        buttons = [
            (self.tr("Import…"), self.import_file),
            (self.tr("Save as Excel template…"), self.save_template),
            (self.tr("Save as JSON…"), self.save_json),
            (self.tr("Delete…"), self.delete),
        ]
        widgets = []
        for label, slot in buttons:
            button = QPushButton(label)
            button.clicked.connect(slot)
            widgets.append(button)
        hint = QLabel(
            self.tr(
                "New instruments and versions come as JSON files or as the Excel template "
                "written here; a file is checked completely before anything is stored."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar(*widgets, filter_edit(self.model, self)))
        layout.addWidget(self.view)
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.model.set_rows(list_instruments(self.ctx.scope))
        fit_columns(self.view, 420)

    def _selected(self):
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def import_file(self) -> None:
        name = files.ask_open(
            self, self.tr("Import instrument"), self.tr("Instruments (*.json *.xlsx)")
        )
        if name is not None:
            row = self.ctx.try_perform(lambda scope: import_instrument(scope, name), self)
            if row is not None:
                text = self.tr("Loaded «%1», version %2.").replace("%1", row.title)
                QMessageBox.information(self, self.tr("Import"), text.replace("%2", row.version))

    def _save(self, suffix: str, writer: Callable[[uuid.UUID, Path], Path]) -> None:
        row = self._selected()
        if row is None:
            return
        kinds = self.tr("JSON file (*.json)")
        if suffix == "xlsx":
            kinds = self.tr("Excel workbook (*.xlsx)")
        proposed = f"{row.title}, версия {row.version}.{suffix}"
        name = files.ask_save(self, self.tr("Save instrument"), proposed, kinds, f".{suffix}")
        if name is not None:
            try:
                writer(row.id, name)
            except Exception as err:
                show_error(self, err)

    def save_template(self) -> None:
        self._save("xlsx", lambda i, p: write_template(self.ctx.scope, i, p))

    def save_json(self) -> None:
        self._save("json", lambda i, p: export_json(self.ctx.scope, i, p))

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Delete the instrument «%1», version %2?")
        question = question.replace("%1", row.title).replace("%2", row.version)
        if (
            QMessageBox.question(self, self.tr("Delete"), question)
            == QMessageBox.StandardButton.Yes
        ):
            self.ctx.try_perform(lambda scope: delete_instrument(scope, row.id), self)
