"""«Ресурсы» (seed 002, part 4 «Достаточность муниципальных ресурсов»): the district's
catalogue of municipal resources, and every task of the schools' projects with the
resources assigned to it — the tasks left without any shown on their own and counted.
Assignments travel to the schools in their return packages."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.municipality import resources as res
from app.municipality import texts as mtexts
from app.municipality.resources import ResourceRow, SchoolTask
from app.municipality.schools import Filter
from db.enums import MUNICIPAL_RESOURCE_KINDS
from ui.context import UiContext
from ui.errors import show_error
from ui.municipality.common import CategoryFilter
from ui.municipality.resources_forms import ResourceForm, TaskResourcesDialog
from ui.programme.widgets import confirm
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.flow import FlowLayout
from ui.widgets.forms import tab_moves_focus
from ui.widgets.keys import add_keys
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns, read_only_table

MISSING = "#b00020"  # a task no municipal resource serves


def one_line(text: str) -> str:
    return " ".join(text.split())


def resource_names(task: SchoolTask) -> str:
    return "; ".join(name for _, name in task.resources)


def _table(model: TableModel, stretch: Sequence[int]) -> QTableView:
    view = read_only_table(stretch=stretch[0])
    view.setModel(model)
    for column in stretch:
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def _button_row(
    pairs: Sequence[tuple[str, Callable[[], object]]], count: QLabel
) -> tuple[FlowLayout, list[QPushButton]]:
    row, made = FlowLayout(), []  # wraps at 125–150 % instead of squeezing the buttons
    for title, slot in pairs:
        button = QPushButton(title)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    row.addWidget(count)
    return row, made


class ShareWidth(QObject):
    """Columns of ``view`` share its width by ``weights``; a weight of 0 fits the content."""

    def __init__(self, view: QTableView, weights: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.weights = view, tuple(weights)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        fixed = 0
        for column, weight in enumerate(self.weights):
            if weight == 0:
                self.view.resizeColumnToContents(column)
                fixed += self.view.columnWidth(column)
        share = max(0, self.view.viewport().width() - fixed) / sum(self.weights)
        for column, weight in enumerate(self.weights):
            if weight:
                self.view.setColumnWidth(column, max(48, int(share * weight)))


class ResourcesSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_header(
                self.tr("Municipal resources"),
                self.tr(
                    "Projects, seminars, methodical associations, monitoring, courses, tutors… "
                    "and the tasks of the schools' projects they serve; the schools see them in "
                    "their next return package."
                ),
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.catalogue = self._catalogue_page()
        self.tasks = self._tasks_page()
        self.tabs.addTab(self.catalogue, self.tr("Resource catalogue"))
        self.tabs.addTab(self.tasks, self.tr("School tasks"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ---- pages --------------------------------------------------------------------------
    def _catalogue_page(self) -> QWidget:
        kinds = {kind: i for i, kind in enumerate(MUNICIPAL_RESOURCE_KINDS)}
        self.resource_model = TableModel(
            [
                Col(
                    self.tr("Kind"),
                    lambda r: mtexts.RESOURCE_KINDS.get(r.kind, r.kind),
                    sort=lambda r: kinds.get(r.kind, len(kinds)),
                ),
                Col(self.tr("Resource"), lambda r: r.name),
                Col(self.tr("Period"), lambda r: r.period),
                Col(self.tr("Responsible"), lambda r: r.responsible),
                Col(self.tr("Tasks"), lambda r: r.tasks, align=RIGHT),
            ],
            self,
        )
        self.resource_view = read_only_table(stretch=0)
        self.resource_view.setModel(self.resource_model)
        # a catalogue is tens of rows: long names wrap and show whole, in columns sharing
        # the width (fitted to content they pushed the others off at 150 %)
        self.resource_view.setWordWrap(True)
        rows = self.resource_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resource_widths = ShareWidth(self.resource_view, (3, 6, 2, 3, 0))
        self.resource_view.doubleClicked.connect(lambda _index: self.edit_resource())
        add_keys(self.resource_view, self.edit_resource, self.delete_resource, self.add_resource)
        self.resource_count = QLabel()
        buttons, self.resource_buttons = _button_row(
            (
                (self.tr("Add resource…"), self.add_resource),
                (self.tr("Edit…"), self.edit_resource),
                (self.tr("Delete"), self.delete_resource),
                (self.tr("Export to Excel…"), self.export_resources),
            ),
            self.resource_count,
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.resource_view, 1)
        return page

    def _tasks_page(self) -> QWidget:
        self.task_model = TableModel(
            [
                Col(self.tr("School"), lambda t: t.school),
                Col(self.tr("School's project"), lambda t: one_line(t.programme)),
                Col(self.tr("No."), lambda t: t.number, align=RIGHT),
                Col(self.tr("Task"), lambda t: one_line(t.text)),
                Col(
                    self.tr("Municipal resources"),
                    lambda t: resource_names(t) or self.tr("none"),
                    sort=lambda t: resource_names(t) or None,
                    colour=lambda t: None if t.resources else MISSING,
                ),
            ],
            self,
        )
        self.task_view = _table(self.task_model, (3, 4))
        self.task_view.doubleClicked.connect(lambda _index: self.assign())
        add_keys(self.task_view, self.assign)
        self.task_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_task())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by school, task or resource…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.only_missing = QCheckBox(self.tr("only tasks without resources"))
        self.only_missing.toggled.connect(lambda _on: self._apply_filter())
        self.categories = CategoryFilter()
        self.categories.changed.connect(self.refresh)
        self.gaps = QLabel()
        buttons, self.task_buttons = _button_row(
            (
                (self.tr("Assign resources…"), self.assign),
                (self.tr("Export to Excel…"), self.export_tasks),
            ),
            self.gaps,
        )
        self.detail = QPlainTextEdit()  # the chosen task and its resources in full
        self.detail.setReadOnly(True)
        tab_moves_focus(self.detail)
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 12)
        self.detail.setAccessibleName(self.tr("The task and its resources in full"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.only_missing)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(search_row)
        layout.addWidget(self.categories)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.task_view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        return page

    # ---- state --------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.exchange or changes.profile

    def refresh(self) -> None:
        chosen_resource = getattr(self.selected_resource(), "id", None)
        chosen_task = getattr(self.selected_task(), "task_id", None)
        self.resource_model.set_rows(res.resources(self.ctx.scope))
        self.resource_widths.apply()
        self.select_resource(chosen_resource)
        self.resource_count.setText(
            self.tr("Resources: %1").replace("%1", str(self.resource_model.total()))
        )
        for button in self.resource_buttons[1:3]:  # edit and delete need a row
            button.setEnabled(self.resource_model.total() > 0)
        filt = Filter(self.categories.selected())
        self.task_model.set_rows(res.school_tasks(self.ctx.scope, filt))
        self._apply_filter()
        fit_columns(self.task_view, 160)
        self.task_view.setColumnWidth(1, min(self.task_view.columnWidth(1), 120))
        self.select_task(chosen_task)

    def _apply_filter(self) -> None:
        chosen = getattr(self.selected_task(), "task_id", None)
        accept = (lambda t: not t.resources) if self.only_missing.isChecked() else None
        self.task_model.set_filter(self.search.text(), accept)
        every = self.task_model.all_rows()
        missing = len(res.tasks_without_resources(every))
        self.gaps.setText(
            self.tr("Tasks without municipal resources: %1 of %2")
            .replace("%1", str(missing))
            .replace("%2", str(len(every)))
        )
        self.task_buttons[0].setEnabled(self.task_model.rowCount() > 0)
        self.select_task(chosen)

    def _show_task(self) -> None:
        task = self.selected_task()
        if task is None:
            self.detail.setPlainText("")
            return
        head = self.tr("%1 — project «%2»").replace("%1", task.school)
        lines = [head.replace("%2", one_line(task.programme))]
        lines.append(f"{task.number}. {task.text}")
        if task.resources:
            lines.append(self.tr("Municipal resources:"))
            lines += [f"• {name}" for _, name in task.resources]
        else:
            lines.append(self.tr("No municipal resource serves this task yet."))
        self.detail.setPlainText("\n".join(lines))

    # ---- selection ----------------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView, model: TableModel):
        index = view.currentIndex()
        return model.row(index.row()) if index.isValid() else None

    def selected_resource(self) -> ResourceRow | None:
        return self._selected(self.resource_view, self.resource_model)

    def selected_task(self) -> SchoolTask | None:
        return self._selected(self.task_view, self.task_model)

    def select_resource(self, resource_id: uuid.UUID | None) -> None:
        place = self.resource_model.row_of(lambda r: r.id == resource_id)
        self._select(self.resource_view, self.resource_model, place)

    def select_task(self, task_id: uuid.UUID | None) -> None:
        place = self.task_model.row_of(lambda t: t.task_id == task_id)
        self._select(self.task_view, self.task_model, place)
        self._show_task()

    @staticmethod
    def _select(view: QTableView, model: TableModel, place: int) -> None:
        if place < 0 and model.rowCount():
            place = 0
        if place >= 0:
            view.selectRow(place)

    # ---- catalogue ----------------------------------------------------------------------
    def add_resource(self) -> ResourceForm:
        return self._resource_form(None)

    def edit_resource(self) -> ResourceForm | None:
        row = self.selected_resource()
        return self._resource_form(row) if row is not None else None

    def _resource_form(self, row: ResourceRow | None) -> ResourceForm:
        form = ResourceForm(self.ctx, row, self)
        if form.exec() == ResourceForm.DialogCode.Accepted:
            self.select_resource(form.saved)
        return form

    def delete_resource(self) -> bool:
        row = self.selected_resource()
        if row is None:
            return False
        question = self.tr("Delete the resource «%1»?").replace("%1", row.name)
        if row.tasks:
            question += " " + self.tr(
                "It serves %1 tasks of the schools' projects; they will lose it, and the "
                "schools will see that after their next return package."
            ).replace("%1", str(row.tasks))
        if not confirm(self, self.tr("Delete"), question):
            return False
        resource = row.id
        self.ctx.try_perform(lambda s: res.remove_resource(s, resource), self)
        return True

    def export_resources(self) -> None:
        self._export(self.tr("Municipal resources.xlsx"), res.export_resources, self.resource_model)

    # ---- school tasks -------------------------------------------------------------------
    def assign(self) -> TaskResourcesDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        dialog = TaskResourcesDialog(self.ctx, task, res.resources(self.ctx.scope), self)
        dialog.exec()
        return dialog

    def export_tasks(self) -> None:
        name = self.tr("Municipal resources for school tasks.xlsx")
        self._export(name, res.export_sufficiency, self.task_model)

    def _export(self, name: str, write: Callable, model: TableModel) -> None:
        path = files.ask_save(
            self, self.tr("Export to Excel"), name, self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return
        try:
            write(model.rows(), path)
        except Exception as err:  # shown in Russian
            show_error(self, err)
