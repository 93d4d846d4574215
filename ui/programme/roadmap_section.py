"""«Дорожная карта»: the year's activities — filter, views, edit in place, undoable delete.

In municipality mode the same screen is the office's «План мероприятий» (seed 002): the
actions are grouped by the plan's sections and carry a «Рекомендации» note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import Changes
from app.programme import texts
from app.programme.editing import apply_edit
from app.programme.fields import Lookups
from app.programme.filtering import OVERDUE_FILTER, RowFilter
from app.programme.periods import month_bounds, quarter_bounds
from app.programme.programmes import current_programme, list_programmes
from app.programme.reasons import list_reasons
from app.programme.roadmap import list_activities, save_activity
from app.programme.rows import ActivityRow, Status
from app.programme.tasks import list_tasks
from ui.context import UiContext
from ui.programme import roadmap_actions as actions
from ui.programme.activity_dialog import MONTH_ORDER, ActivityDialog
from ui.programme.delegates import ChoiceDelegate, StatusDelegate
from ui.programme.roadmap_model import (
    GROUP,
    PERIOD,
    REASON,
    RECOMMENDATION,
    RESOURCES,
    RESPONSIBLE,
    STATUS,
    TASK,
    TITLE,
    RoadmapModel,
)
from ui.programme.widgets import fill_years, is_municipal
from ui.sections.base import Section
from ui.widgets.flow import FlowLayout
from ui.widgets.forms import choice_combo

WIDTHS = (230, 60, 130, 280, 150, 160, 130, 200, 180, 150, 220)
# The municipality's plan shows seed 002's columns (period, action, forecast, execution,
# reasons) and its recommendations: at 1366 px they fit without scrolling. Who is
# responsible stays in the dialog, the view «по ответственным» and the search.
MUNICIPAL_WIDTHS = (230, 62, 110, 194, 150, 130, 120, 140, 170, 150, 180)
MUNICIPAL_HIDDEN = (RESPONSIBLE, RESOURCES)
SCHOOL_HIDDEN = (RECOMMENDATION,)
GROUP_WIDTHS = {"task": 230, "month": 120, "responsible": 170}


def section_years(programmes, today: date) -> list[AcademicYear]:
    """Years of all programmes plus the current one and the next (for copies forward)."""
    current = AcademicYear.current(today)
    found = {current, current.next()}
    for p in programmes:
        year = p.first_year
        while year.start_year <= p.last_year.start_year:
            found.add(year)
            year = year.next()
    return sorted(found, key=lambda y: y.start_year)


class RoadmapSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.municipal = is_municipal(ctx)
        self.today = date.today()
        self.tasks: list = []
        self.reasons: list = []
        self.undo_stack = QUndoStack(self)
        self.model = RoadmapModel(self._save_edit, self, municipal=self.municipal)
        self.model.error.connect(self._edit_refused)
        self.model.apply_edit = self._apply_edit
        self.lookups = Lookups()
        self._build()
        self._build_actions()
        self._loaded = False

    def _pick(self, school: str, municipal: str) -> str:
        """The wording of the mode: a school's roadmap or the municipality's plan."""
        return municipal if self.municipal else school

    # ---- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.year = QComboBox()
        self.view_mode = choice_combo(
            {
                "list": self.tr("List"),
                "task": self._pick(self.tr("By task"), self.tr("By section")),
                "month": self.tr("By month"),
                "responsible": self.tr("By responsible"),
            }
        )
        statuses = {s.value: texts.STATUSES[s] for s in Status}
        statuses[OVERDUE_FILTER] = texts.OVERDUE
        self.status = choice_combo(statuses, self.tr("All statuses"))
        self.period = QComboBox()
        self.task_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self._pick(
                self.tr("Search: activity, responsible, task, reason…"),
                self.tr("Search: action, responsible, section, reason, recommendation…"),
            )
        )
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row())
        layout.addLayout(self._search_row())
        layout.addLayout(self._buttons_row())
        layout.addWidget(self.table, 1)
        self._fill_periods()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.view_mode.currentIndexChanged.connect(self._view_changed)
        for combo in (self.status, self.period, self.task_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Year:"), self.year),
            (self.tr("View:"), self.view_mode),
            (self.tr("Status:"), self.status),
            (self.tr("Period:"), self.period),
            (self._pick(self.tr("Task:"), self.tr("Section:")), self.task_filter),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        self.task_filter.setMaximumWidth(220)
        row.addStretch(1)
        return row

    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        return row

    def _buttons_row(self) -> FlowLayout:
        row = FlowLayout()  # wraps at 125–150 % rather than cutting the long captions
        self.buttons = {}
        for key, text in (
            ("add", self.tr("Add")),
            ("edit", self.tr("Edit")),
            ("delete", self.tr("Delete")),
            ("paste", self.tr("Paste rows")),
            ("forward", self.tr("Carry unfinished to next year")),
            ("export", self.tr("Export to Excel")),
            ("import", self.tr("Import from Excel")),
        ):
            button = QPushButton(text)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        b = self.buttons
        b["add"].clicked.connect(lambda: self.open_dialog(None))
        b["edit"].clicked.connect(lambda: self.open_dialog(self.selected()))
        b["delete"].clicked.connect(lambda: actions.delete_selected(self))
        b["paste"].clicked.connect(lambda: actions.paste(self))
        b["forward"].clicked.connect(lambda: actions.copy_forward(self))
        b["export"].clicked.connect(lambda: actions.export_excel(self))
        b["import"].clicked.connect(lambda: actions.import_excel(self))
        return row

    def _make_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(PERIOD, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setItemDelegateForColumn(STATUS, StatusDelegate(view))
        for column, width in enumerate(MUNICIPAL_WIDTHS if self.municipal else WIDTHS):
            view.setColumnWidth(column, width)
        view.setColumnHidden(GROUP, True)
        # A school's activities name their resources; the municipality's plan (seed 002)
        # has a recommendation on an action instead.
        for column in MUNICIPAL_HIDDEN if self.municipal else SCHOOL_HIDDEN:
            view.setColumnHidden(column, True)
        view.doubleClicked.connect(self._double_clicked)
        return view

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        paste = QAction(self.tr("Paste rows"), self)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.triggered.connect(lambda: actions.paste(self))
        delete = QAction(self.tr("Delete"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: actions.delete_selected(self))
        insert = QAction(self.tr("Add"), self)
        insert.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        insert.triggered.connect(lambda: self.open_dialog(None))
        for action in (undo, redo, paste, delete, insert):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.paste_action = undo, paste

    # ---- data ------------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.roadmap or changes.programme

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def current_year(self) -> AcademicYear:
        return self.year.currentData() or AcademicYear.current(self.today)

    def refresh(self) -> None:
        self._loaded = True
        scope = self.ctx.scope
        programmes = list_programmes(scope)
        chosen = self.year.currentData() or AcademicYear.current(self.today)
        fill_years(self.year, section_years(programmes, self.today), chosen)
        programme = current_programme(scope)
        self.tasks = list_tasks(scope, programme.id if programme else None)
        self.reasons = list_reasons(scope)
        self.lookups = Lookups.load(scope)
        self._fill_tasks()
        self._set_choice_delegates()
        self.model.set_rows(list_activities(scope, self.current_year(), self.today))
        self._update_count()

    def _fill_tasks(self) -> None:
        chosen = self.task_filter.currentData()
        self.task_filter.blockSignals(True)
        self.task_filter.clear()
        self.task_filter.addItem(self._pick(self.tr("All tasks"), self.tr("All sections")), None)
        for task in self.tasks:
            self.task_filter.addItem(task.label, task.number)
            self.task_filter.setItemData(
                self.task_filter.count() - 1, task.label, Qt.ItemDataRole.ToolTipRole
            )
        index = self.task_filter.findData(chosen)
        self.task_filter.setCurrentIndex(max(index, 0))
        self.task_filter.blockSignals(False)

    def _fill_periods(self) -> None:
        self.period.addItem(self.tr("Whole year"), None)
        for quarter in range(1, 5):
            self.period.addItem(texts.QUARTERS[quarter - 1], ("quarter", quarter))
        for month in MONTH_ORDER:
            self.period.addItem(texts.MONTHS[month - 1], ("month", month))

    def _year_changed(self) -> None:
        self.undo_stack.clear()
        self.model.set_rows(list_activities(self.ctx.scope, self.current_year(), self.today))
        self.apply_filter()

    def _view_changed(self) -> None:
        view = self.view_mode.currentData()
        self.model.set_view(view)
        self.table.setColumnHidden(GROUP, view == "list")
        self.table.setColumnHidden(TASK, view == "task")
        if view in GROUP_WIDTHS:
            self.table.setColumnWidth(GROUP, GROUP_WIDTHS[view])

    def filter_spec(self) -> RowFilter:
        start = end = None
        period = self.period.currentData()
        if period is not None:
            kind, number = period
            bounds = month_bounds if kind == "month" else quarter_bounds
            start, end = bounds(self.current_year(), number)
        return RowFilter(
            text=self.search.text(),
            status=self.status.currentData() or "",
            start=start,
            end=end,
            task_number=self.task_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.filter_spec())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        overdue = sum(1 for r in self.model.all_rows() if r.overdue)
        text = self.tr("Shown %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        if overdue:
            text += "; " + self.tr("overdue: %1").replace("%1", str(overdue))
        self.count.setText(text)

    # ---- editing ---------------------------------------------------------------------------
    def _save_edit(self, row: ActivityRow) -> ActivityRow:
        return self.ctx.perform(lambda scope: save_activity(scope, row, self.today), self)

    def _apply_edit(self, key: str, row: ActivityRow, value) -> ActivityRow:
        return apply_edit(key, row, value, self.lookups)

    def _set_choice_delegates(self) -> None:
        none = {"": "—"}
        tasks = {**none, **{str(t.number): t.label for t in self.tasks}}
        reasons = {**none, **{str(r.id): r.title for r in self.reasons}}
        for column, choices in ((TASK, tasks), (REASON, reasons)):
            old = self.table.itemDelegateForColumn(column)
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(choices, self.table))
            if old is not None:
                old.deleteLater()

    def _double_clicked(self, index) -> None:
        """Editable cells edit in place; the others open the full dialog."""
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.open_dialog(self.model.row(index.row()))

    def _edit_refused(self, message: str) -> None:
        from ui.programme.widgets import inform

        inform(self, self.tr("Not saved"), message)

    def selected_rows(self) -> list[ActivityRow]:
        picked = self.table.selectionModel().selectedRows()
        if not picked and self.table.currentIndex().isValid():
            picked = [self.table.currentIndex()]
        return [self.model.row(i.row()) for i in sorted(picked, key=lambda i: i.row())]

    def selected(self) -> ActivityRow | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def open_dialog(self, row: ActivityRow | None) -> ActivityDialog | None:
        if row is None:
            row = ActivityRow(id=None, year=self.current_year(), title="")
        dialog = ActivityDialog(
            self.ctx, row, self.tasks, self.reasons, self, municipal=self.municipal
        )
        dialog.saved.connect(lambda saved: self.select_activity(saved.id))
        dialog.open()
        return dialog

    def select_activity(self, activity_id) -> None:
        """Select (and scroll to) an activity, e.g. from a Главная reminder."""
        position = self.model.position_of(activity_id)
        if position < 0:
            self.search.clear()
            self.status.setCurrentIndex(0)
            self.period.setCurrentIndex(0)
            self.task_filter.setCurrentIndex(0)
            position = self.model.position_of(activity_id)
        if position >= 0:
            index = self.model.index(position, TITLE)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def show_activity(self, row: ActivityRow) -> None:
        if row.year != self.current_year():
            # by equality: findData() compares Python objects by identity
            years = [self.year.itemData(i) for i in range(self.year.count())]
            if row.year in years:
                self.year.setCurrentIndex(years.index(row.year))
        self.select_activity(row.id)
