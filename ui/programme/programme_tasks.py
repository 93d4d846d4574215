"""The «Задачи и планируемые результаты» tab: tasks, and results × years (seed 002); the
municipality's «Разделы плана и планируемые результаты»."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import year_range
from app.errors import PerekhodError
from app.programme import results as rs
from app.programme import tasks as ts
from app.received import task_resources
from ui.context import UiContext
from ui.errors import show_error
from ui.programme.delegates import ChoiceDelegate
from ui.programme.programme_dialogs import AchievementDialog, ResultDialog, TaskDialog
from ui.programme.programme_models import ResultsModel, TasksModel, level_choices
from ui.programme.widgets import confirm, inform
from ui.widgets.fit import wrapped_label
from ui.widgets.flow import FlowLayout
from ui.widgets.keys import add_keys


def table(model, sort_column: int = 0) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def buttons(owner: QWidget, pairs) -> tuple[FlowLayout, dict[str, QPushButton]]:
    row, found = FlowLayout(), {}
    for key, text, slot in pairs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        found[key] = button
    row.addStretch(1)
    return row, found


class TasksResultsPage(QWidget):
    """Tasks and planned results; with ``municipal`` the tasks are the sections of the
    municipality's plan of actions (seed 002) and say so."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, municipal: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx, self.programme, self.municipal = ctx, None, municipal
        self.tasks_model = TasksModel(self, municipal=municipal)
        self.results_model = ResultsModel(self, municipal=municipal)
        self.results_model.setter = self._set_level
        self.results_model.error.connect(lambda text: inform(self, self.tr("Not saved"), text))
        self.tasks_view = table(self.tasks_model)
        self.tasks_view.setColumnWidth(0, 50)
        self.results_view = table(self.results_model)
        self.results_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.results_view.setWordWrap(True)
        self.results_view.horizontalHeader().setStretchLastSection(False)
        self.delegate = ChoiceDelegate(level_choices(), self.results_view)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter planned results…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)  # a flow has no stretch: room for the placeholder
        self.search.textChanged.connect(self.results_model.set_filter)
        self._layout()
        add_keys(self.tasks_view, self.edit_task, self.delete_task, self.add_task)
        add_keys(self.results_view, self.edit_level, self.delete_result, self.add_result)

    def _pick(self, school: str, municipal: str) -> str:
        return municipal if self.municipal else school

    def _layout(self) -> None:
        pick = self._pick
        task_buttons, self.task_buttons = buttons(
            self,
            (
                ("add", pick(self.tr("Add task"), self.tr("Add section")), self.add_task),
                ("edit", pick(self.tr("Edit task"), self.tr("Edit section")), self.edit_task),
                (
                    "delete",
                    pick(self.tr("Delete task"), self.tr("Delete section")),
                    self.delete_task,
                ),
            ),
        )
        result_buttons, self.result_buttons = buttons(
            self,
            (
                ("add", self.tr("Add result"), self.add_result),
                ("edit", self.tr("Edit result"), self.edit_result),
                ("delete", self.tr("Delete result"), self.delete_result),
                ("level", self.tr("Degree and comment…"), self.edit_level),
            ),
        )
        result_buttons.insertWidget(4, self.search, 1)
        top, bottom = QWidget(), QWidget()
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        heading = pick(
            self.tr("Tasks of the programme"),
            self.tr("Sections of the plan of actions (the project's tasks)"),
        )
        top_layout.addWidget(QLabel(heading))
        top_layout.addWidget(self.tasks_view)
        top_layout.addLayout(task_buttons)
        note = pick(
            self.tr(
                "Planned results and their degree of achievement by academic year "
                "(double-click a year cell to choose; * marks a comment)"
            ),
            self.tr(
                "Planned results of the project and their degree of achievement by academic "
                "year (double-click a year cell to choose; * marks a comment)"
            ),
        )
        bottom_layout.addWidget(wrapped_label(note))
        bottom_layout.addWidget(self.results_view)
        bottom_layout.addLayout(result_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        # the municipal plan's six sections are seen whole, without scrolling
        splitter.setSizes([265, 365] if self.municipal else [230, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ---- data ------------------------------------------------------------------------------
    def show_programme(self, programme) -> None:
        self.programme = programme
        years = year_range(programme.first_year, programme.last_year)
        self.tasks = ts.list_tasks(self.ctx.scope, programme.id)
        # municipal resources serve the schools' tasks, never the office's own sections
        served = {} if self.municipal else task_resources(self.ctx.scope)
        self.tasks_model.set_resources({t.id: served[t.id] for t in self.tasks if t.id in served})
        self.tasks_model.set_rows(self.tasks)
        self._fit_task_columns()
        self.results_model.set_years(years)
        self.results_model.set_rows(rs.list_results(self.ctx.scope, programme.id))
        for column in range(2, 2 + len(years)):
            self.results_view.setItemDelegateForColumn(column, self.delegate)
            self.results_view.setColumnWidth(column, 118)
        self.results_view.setColumnWidth(0, 70)
        self.results_view.setColumnWidth(1, 300)
        self.results_view.resizeRowsToContents()

    def _fit_task_columns(self) -> None:
        """With the municipal resources beside them, the tasks share the width with them."""
        header = self.tasks_view.horizontalHeader()
        served = bool(self.tasks_model.resources)
        header.setStretchLastSection(not served)
        mode = QHeaderView.ResizeMode.Stretch if served else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(1, mode)
        if served:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _set_level(self, row, year, value) -> None:
        op = lambda scope: rs.set_achievement(scope, row.id, year, value)  # noqa: E731
        self.ctx.perform(op, self.parent())

    def _selected(self, view: QTableView):
        index = view.currentIndex()
        return view.model().row(index.row()) if index.isValid() else None

    # ---- tasks -----------------------------------------------------------------------------
    def add_task(self) -> TaskDialog:
        number = max((t.number for t in self.tasks), default=0) + 1
        return self._task_dialog(ts.TaskRow(None, self.programme.id, number, ""))

    def edit_task(self) -> None:
        task = self._selected(self.tasks_view)
        if task is not None:
            self._task_dialog(task)

    def _task_dialog(self, task: ts.TaskRow) -> TaskDialog:
        dialog = TaskDialog(task.number, task.text, self, municipal=self.municipal)

        def save() -> None:
            row = ts.TaskRow(task.id, task.programme_id, dialog.number.value(), "")
            row.text = dialog.text.toPlainText()
            self.ctx.perform(lambda scope: ts.save_task(scope, row))

        dialog.on_save = save
        dialog.open()
        return dialog

    def delete_task(self) -> None:
        task = self._selected(self.tasks_view)
        if task is None:
            return
        text = self._pick(
            self.tr(
                "Delete task %1 with its planned results? "
                "Its roadmap activities stay, without a task."
            ),
            self.tr(
                "Delete section %1 of the plan with its planned results? "
                "Its actions stay, without a section."
            ),
        ).replace("%1", str(task.number))
        if confirm(self, self.tr("Delete"), text):
            self.ctx.try_perform(lambda scope: ts.delete_task(scope, task.id), self)

    # ---- results ---------------------------------------------------------------------------
    def add_result(self) -> ResultDialog | None:
        if not self.tasks:
            first = self._pick(self.tr("Add a task first."), self.tr("Add a plan section first."))
            show_error(self, PerekhodError(first))
            return None
        task = self._selected(self.tasks_view) or self.tasks[0]
        return self._result_dialog(rs.ResultRow(None, task.id, ""))

    def edit_result(self) -> None:
        result = self._selected(self.results_view)
        if result is not None:
            self._result_dialog(result)

    def _result_dialog(self, result: rs.ResultRow) -> ResultDialog:
        dialog = ResultDialog(
            self.tasks, result.task_id, result.text, self, municipal=self.municipal
        )

        def save() -> None:
            row = rs.ResultRow(result.id, dialog.task.currentData(), dialog.text.toPlainText())
            self.ctx.perform(lambda scope: rs.save_result(scope, row))

        dialog.on_save = save
        dialog.open()
        return dialog

    def delete_result(self) -> None:
        result = self._selected(self.results_view)
        if result is None:
            return
        text = self.tr("Delete the planned result «%1»?").replace("%1", result.text)
        if confirm(self, self.tr("Delete"), text):
            self.ctx.try_perform(lambda scope: rs.delete_result(scope, result.id), self)

    def edit_level(self) -> AchievementDialog | None:
        index = self.results_view.currentIndex()
        year = self.results_model.year_of(index.column()) if index.isValid() else None
        if year is None:
            inform(self, self.tr("Degree of achievement"), self.tr("Choose a year cell first."))
            return None
        result = self.results_model.row(index.row())
        dialog = AchievementDialog(result.text, year, result.achievements.get(year), self)

        def save() -> None:
            if not self.results_model.set_level(index, dialog.value()):
                raise PerekhodError(self.tr("The degree of achievement was not saved."))

        dialog.on_save = save
        dialog.open()
        return dialog
