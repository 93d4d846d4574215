"""«Сводные данные»: the consolidated views across schools, filtered by category and year,
read on the worker thread, exported to Excel; a school's row opens the school read-only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import Changes
from app.municipality.consolidated import VIEW_KEYS, Sheet, View, consolidated_view, export_view
from app.municipality.schools import Filter
from ui.context import UiContext
from ui.errors import show_error
from ui.municipality.common import CategoryFilter
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.table_model import RIGHT, Col, Index, TableModel
from ui.widgets.views import fit_columns, read_only_table
from ui.worker import run_task

VIEW_NAMES = {
    "indicators": QT_TRANSLATE_NOOP("ConsolidatedSection", "Indicators by school and year"),
    "achievement": QT_TRANSLATE_NOOP("ConsolidatedSection", "Planned results achieved"),
    "roadmap": QT_TRANSLATE_NOOP("ConsolidatedSection", "Roadmap execution"),
    "partnership": QT_TRANSLATE_NOOP("ConsolidatedSection", "Partnership criteria"),
    "self-assessment": QT_TRANSLATE_NOOP("ConsolidatedSection", "Self-assessment"),
}
FIRST_YEAR = 2020  # the year of seed 002, where the demo data starts
SHEET_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole}
)


# A table line: (the sheet row's values, its school's id or None). Plain pairs made by zip:
# a view over 1,500 schools has up to ~80,000 lines, and an object per line costs time.
Line = tuple[tuple, Any]


class SheetModel(TableModel):
    """A sheet's lines. Its cells have text and an alignment only, so every other role is
    answered at once (fitting the columns asks eight roles of a thousand rows' cells)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return super().data(index, role) if role in SHEET_ROLES else None


def sheet_columns(sheet: Sheet) -> list[Col]:
    return [
        Col(header, lambda line, i=i: line[0][i], align=RIGHT if i in sheet.numeric else None)
        for i, header in enumerate(sheet.headers)
    ]


def sheet_lines(sheet: Sheet) -> list[Line]:
    ids = sheet.school_ids or [None] * len(sheet.rows)
    return list(zip(sheet.rows, ids, strict=True))


class ConsolidatedSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        self.shown: View | None = None
        self.loading = 0
        self.windows: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_header(
                self.tr("Consolidated data"),
                self.tr(
                    "The schools' data side by side, from their latest packages. Double-click "
                    "a school's row to see its own screens."
                ),
            )
        )
        layout.addLayout(self._filters())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.models = [SheetModel([], self), SheetModel([], self)]
        self.views: list[QTableView] = []
        for model in self.models:
            view = read_only_table()
            view.setModel(model)
            view.doubleClicked.connect(lambda index, m=model: self.open_school(m, index.row()))
            self.splitter.addWidget(view)
            self.views.append(view)
        layout.addWidget(self.splitter, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.refresh()

    def _filters(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("View:")))
        self.view_box = QComboBox()
        for key in VIEW_KEYS:
            self.view_box.addItem(self.tr(VIEW_NAMES[key]), key)
        self.view_box.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.view_box)
        row.addWidget(QLabel(self.tr("Year:")))
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("all years"), None)
        for start in range(AcademicYear.current(self.today).start_year, FIRST_YEAR - 1, -1):
            year = AcademicYear(start)
            self.year_box.addItem(str(year), year)
        self.year_box.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.year_box)
        row.addStretch(1)
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        row.addWidget(export)
        rows = QVBoxLayout()  # two rows: the window fits 1366×768 at 150 %
        rows.addLayout(row)
        self.categories = CategoryFilter()
        self.categories.changed.connect(self.refresh)
        rows.addWidget(self.categories)
        return rows

    def wants(self, changes: Changes) -> bool:
        return changes.any()

    def current_filter(self) -> Filter:
        return Filter(self.categories.selected(), self.year_box.currentData())

    def refresh(self) -> None:
        """Read the chosen view on the worker thread; the newest request wins."""
        scope, key, filt, today = self.ctx.scope, self.view_box.currentData(), *self._now()
        self.loading += 1
        ticket = self.loading
        self.status.setText(self.tr("Reading…"))
        run_task(
            lambda _progress: consolidated_view(scope, key, filt, today),
            parent=self,
            label=self.tr("Reading the schools' data…"),
            on_done=lambda view: self._show(view, ticket),
            on_error=lambda err: show_error(self, err),
        )

    def _now(self) -> tuple[Filter, date]:
        return self.current_filter(), self.today

    def _show(self, view: View, ticket: int) -> None:
        if ticket != self.loading:
            return  # a newer request is on its way
        self.shown = view
        for number, (model, table) in enumerate(zip(self.models, self.views, strict=True)):
            if number < len(view.sheets):
                sheet = view.sheets[number]
                model.set_rows([])  # the old rows do not fit the new columns
                model.set_columns(sheet_columns(sheet))
                model.set_rows(sheet_lines(sheet))
                fit_columns(table, 320)
            table.setVisible(number < len(view.sheets))
        first = view.sheets[0]
        text = self.tr("Rows: %1").replace("%1", str(len(first.rows)))
        if len(view.sheets) > 1:
            text += " · " + self.tr("below: %1").replace("%1", view.sheets[1].title)
        self.status.setText(text)

    def open_school(self, model: TableModel, row: int) -> None:
        from ui.municipality.school_window import open_school_window

        values, school_id = model.row(row)
        if school_id is not None:
            open_school_window(self, self.ctx, school_id, str(values[0]), self.windows)

    def export(self) -> None:
        if self.shown is None:
            return
        view = self.shown
        path = files.ask_save(
            self, self.tr("Export to Excel"), f"{view.title}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
        )  # fmt: skip
        if path is None:
            return
        run_task(
            lambda _progress: export_view(view, path),
            parent=self,
            label=self.tr("Writing the workbook…"),
            on_error=lambda err: show_error(self, err),
        )
