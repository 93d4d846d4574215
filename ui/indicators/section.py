"""Section «Показатели»: catalogue with values per year, a chart, and the dashboard."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear, year_range
from app.changes import Changes
from app.errors import PerekhodError
from app.indicators.catalogue import (
    IndicatorInput,
    IndicatorRow,
    add_indicator,
    delete_indicator,
    update_indicator,
)
from app.indicators.report_data import indicator_series, years_with_data
from app.indicators.usage import list_shown
from app.indicators.values import parse_value, set_value, values_of
from ui.context import UiContext
from ui.errors import error_text, show_error
from ui.indicators.chart import IndicatorChart
from ui.indicators.dashboard import DashboardPanel
from ui.indicators.dialog import IndicatorDialog
from ui.indicators.models import CatalogueModel, ValuesModel
from ui.sections.base import Section
from ui.widgets import files
from ui.widgets.fit import scrolled
from ui.widgets.flow import FlowLayout

log = logging.getLogger(__name__)
YEARS_BACK = 3  # the grid shows at least this many years before the current one


def labelled(text: str, field: QWidget) -> QWidget:
    """A caption and its field kept on one line of a wrapping toolbar."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel(text))
    row.addWidget(field)
    return box


def table_view(model, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


class IndicatorsSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.indicators: list[IndicatorRow] = []
        self.years: list[AcademicYear] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(self._toolbar())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._values_page(), self.tr("Indicators and values"))
        self.dashboard = DashboardPanel()
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.year.currentIndexChanged.connect(self._refresh_dashboard)

    # ----- building -------------------------------------------------------------------
    def _toolbar(self) -> FlowLayout:
        bar = FlowLayout()  # wraps at 150 % instead of squeezing the search field
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find an indicator…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 28))
        self.filter.textChanged.connect(self._on_filter)
        bar.addWidget(self.filter)
        self.year = QComboBox()
        bar.addWidget(labelled(self.tr("Academic year:"), self.year))
        self.show_all = QCheckBox(self.tr("Show all indicators"))
        self.show_all.setToolTip(
            self.tr(
                "Also the shipped indicators the school has no values for and has not "
                "linked anywhere (e.g. ЕГЭ at a basic school)"
            )
        )
        self.show_all.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.show_all)
        self.add_button = self._button(bar, self.tr("Add…"), self.add)
        self.edit_button = self._button(bar, self.tr("Edit…"), self.edit)
        self.delete_button = self._button(bar, self.tr("Delete"), self.delete)
        self._button(bar, self.tr("Export to Excel…"), self.export)
        return bar

    @staticmethod
    def _button(bar: FlowLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _values_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.catalogue = CatalogueModel(self)
        self.catalogue_view = table_view(self.catalogue)
        header = self.catalogue_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.catalogue_view.setColumnHidden(3, True)  # the source is shown in the details
        self.catalogue_view.doubleClicked.connect(lambda _index: self.edit())
        self.catalogue_view.selectionModel().currentRowChanged.connect(self._on_current)
        splitter.addWidget(self.catalogue_view)
        splitter.addWidget(scrolled(self._detail()))  # the chart scrolls into view at 150 %
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([430, 710])
        return splitter

    def _detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_info = QLabel()
        self.detail_info.setWordWrap(True)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_info)
        self.values = ValuesModel(self._commit_value, self)
        self.values_view = QTableView()
        self.values_view.setModel(self.values)
        self.values_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values_view.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("2020-2021") + 10
        )
        self.values_view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.values_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.values_view)
        hint = QLabel(
            self.tr(
                "Type a value in a cell and press Enter; an empty cell clears it. "
                "An indicator has one baseline: entering it in another year moves it there."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666")
        layout.addWidget(hint)
        self.value_error = QLabel()
        self.value_error.setWordWrap(True)
        self.value_error.setStyleSheet("color: #b3261e")
        layout.addWidget(self.value_error)
        self.chart = IndicatorChart()
        layout.addWidget(self.chart, 1)
        return box

    # ----- data -----------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.indicators

    def refresh(self) -> None:
        current = self.current_indicator()
        try:
            self.indicators, hidden = list_shown(self.ctx.scope, self.show_all.isChecked())
            known = years_with_data(self.ctx.scope)
        except Exception as err:  # shown once, never a traceback
            show_error(self, err)
            return
        this_year = AcademicYear.current()
        first = min([*known, AcademicYear(this_year.start_year - YEARS_BACK)])
        self.years = year_range(first, max([*known, this_year.next()]))
        self._fill_years(this_year)  # the current year, as every section but «Отчёты»
        self.catalogue.set_rows(self.indicators)
        self._show_hidden_count(hidden)
        self._select(current.id if current else None)
        self._refresh_dashboard()

    def _show_hidden_count(self, hidden: int) -> None:
        text = self.tr("Show all indicators")
        if hidden:
            text = self.tr("Show all indicators (%1 hidden)").replace("%1", str(hidden))
        self.show_all.setText(text)

    def _fill_years(self, default: AcademicYear) -> None:
        chosen = self.year.currentData() or default
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(self.years):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findText(str(chosen))))
        self.year.blockSignals(False)

    def _select(self, indicator_id) -> None:
        row = self.catalogue.row_of(lambda r: r.id == indicator_id) if indicator_id else -1
        row = row if row >= 0 else (0 if self.catalogue.rowCount() else -1)
        if row < 0:
            self._show_indicator(None)
            return
        index = self.catalogue.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.catalogue_view.selectionModel().setCurrentIndex(index, flags)
        self._show_indicator(self.catalogue.row(row))

    def current_indicator(self) -> IndicatorRow | None:
        index = self.catalogue_view.currentIndex()
        return self.catalogue.row(index.row()) if index.isValid() else None

    def _on_current(self, current, _previous) -> None:
        self._show_indicator(self.catalogue.row(current.row()))

    def _on_filter(self, text: str) -> None:
        chosen = self.current_indicator()
        self.catalogue.set_filter(text)
        self.dashboard.model.set_filter(text)
        self._select(chosen.id if chosen else None)

    def _show_indicator(self, row: IndicatorRow | None) -> None:
        self.value_error.clear()
        own = row is not None and not row.is_builtin
        self.delete_button.setEnabled(own)
        self.edit_button.setEnabled(own)
        if row is None:
            self.detail_title.setText(self.tr("No indicator chosen"))
            self.detail_info.clear()
            self.values.load(self.years, None)
            self.chart.clear()
            return
        self.detail_title.setText(row.name)
        self.detail_info.setText(self._describe(row))
        self._load_values(row)

    def _describe(self, row: IndicatorRow) -> str:
        better = (
            self.tr("higher is better") if row.direction == "higher" else self.tr("lower is better")
        )
        source = self.tr("school") if row.source == "school" else self.tr("municipal monitoring")
        parts = [row.unit, better, self.tr("source: %1").replace("%1", source)]
        text = " · ".join(p for p in parts if p)
        return text + (f"\n{row.description}" if row.description else "")

    def _load_values(self, row: IndicatorRow, reset: bool = True) -> None:
        stored = values_of(self.ctx.scope, row.id)
        if reset:
            self.values.load(self.years, stored)
        else:
            self.values.update_values(stored)
        actual = {y: stored.value("actual", y) for y in self.years}
        target = {y: stored.value("target", y) for y in self.years}
        self.chart.set_series(row.name, row.unit, self.years, actual, target, stored.baseline_value)

    def _refresh_dashboard(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        try:
            shown = {row.id for row in self.indicators}
            series = [s for s in indicator_series(self.ctx.scope, year) if s.id in shown]
            self.dashboard.show_year(year, series)
        except Exception as err:
            show_error(self, err)

    # ----- editing ----------------------------------------------------------------------
    def _commit_value(self, kind: str, year: AcademicYear, text: str) -> str:
        row = self.current_indicator()
        if row is None:
            return ""
        try:
            value = parse_value(text, row.unit)
            self.ctx.perform(
                lambda scope: set_value(scope, row.id, year, kind, value), initiator=self
            )
        except Exception as err:
            if not isinstance(err, PerekhodError):
                log.exception("could not store an indicator value")
            self.value_error.setText(error_text(err))
            return error_text(err)
        self.value_error.clear()
        self._load_values(row, reset=False)
        self._refresh_dashboard()
        return ""

    def _save(self, op: Callable) -> str:
        try:
            self.ctx.perform(op)
        except Exception as err:
            if not isinstance(err, PerekhodError):
                log.exception("could not save an indicator")
            return error_text(err)
        return ""

    def add(self) -> None:
        def save(data: IndicatorInput) -> str:
            return self._save(lambda scope: add_indicator(scope, data))

        IndicatorDialog(None, save, parent=self).exec()

    def edit(self) -> None:
        """Edit an own indicator; a built-in one opens read-only (it is shared)."""
        row = self.current_indicator()
        if row is None:
            return

        def save(data: IndicatorInput) -> str:
            return self._save(lambda scope: update_indicator(scope, row.id, data))

        IndicatorDialog(row.as_input(), save, row.is_builtin, parent=self).exec()

    def delete(self) -> None:
        row = self.current_indicator()
        if row is None or row.is_builtin:
            return
        question = self.tr("Delete the indicator «%1» with all its values?").replace("%1", row.name)
        answer = QMessageBox.question(self, self.tr("Delete indicator"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        message = self._save(lambda scope: delete_indicator(scope, row.id))
        if message:
            QMessageBox.warning(self, self.tr("Delete indicator"), message)

    def export(self) -> None:
        from ui.worker import run_task

        path = files.ask_save(
            self,
            self.tr("Export indicators"),
            self.tr("indicators.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        scope = self.ctx.scope

        def work(_progress):
            from app.indicators.excel import export_values

            return export_values(scope, path, None)

        def done(written: Path) -> None:
            text = self.tr("The workbook is saved: %1").replace("%1", str(written))
            QMessageBox.information(self, self.tr("Export indicators"), text)

        run_task(work, parent=self, label=self.tr("Writing the workbook…"), on_done=done)
