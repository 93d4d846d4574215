"""The roadmap table: a model over ActivityRows that filters and sorts ITSELF.

Every row gets, once, its display texts, a folded search key (lower case, «ё» = «е») and
one sort key per column (app.programme.filtering's, which the tests test); a filter is then
a substring test per row and a sort is one ``list.sort`` of row indexes on precomputed
keys — fast for 10,000 rows without a proxy.
Views «по задачам / по месяцам / по ответственным» sort by a group key first and show
the group in the first column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.errors import PerekhodError
from app.folding import fold
from app.programme import texts
from app.programme.filtering import (
    RowFilter,
    forecast_label,
    period_key,
    reason_label,
    resources_label,
    responsible_label,
    search_key,
    sort_indexes,
    sort_keys,
    status_text,
)
from app.programme.periods import period_label
from app.programme.rows import ActivityRow, Status

Index = QModelIndex | QPersistentModelIndex
Saver = Callable[[ActivityRow], ActivityRow]

GROUP, TASK, PERIOD, TITLE, RESPONSIBLE, FORECAST, STATUS, ACTUAL, REASON, RESOURCES = range(10)
RECOMMENDATION = 10  # the municipality's plan only (seed 002's «Рекомендации»)
LAST = RECOMMENDATION
EDITABLE = frozenset({TITLE, RESPONSIBLE, FORECAST, STATUS, ACTUAL, RECOMMENDATION})
# Columns editable only with the domain's cell rule (``RoadmapModel.apply_edit``).
RULE_EDITABLE = frozenset({PERIOD, TASK, REASON})
# The table's columns as app.programme.filtering names them (its sort is the table's sort).
SORT_NAMES = {
    TASK: "task",
    PERIOD: "period",
    TITLE: "title",
    RESPONSIBLE: "responsible",
    FORECAST: "forecast",
    STATUS: "status",
    ACTUAL: "actual",
    REASON: "reason",
    RESOURCES: "resources",
    RECOMMENDATION: "recommendation",
}
EDIT_KEYS = {
    PERIOD: "period",
    TASK: "task",
    TITLE: "title",
    RESPONSIBLE: "responsible",
    FORECAST: "forecast",
    STATUS: "status",
    ACTUAL: "actual",
    REASON: "reason",
    RECOMMENDATION: "recommendation",
}
Rule = Callable[[str, ActivityRow, Any], ActivityRow]
VIEWS = ("list", "task", "month", "responsible")
OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor("#a40000")


def headers(municipal: bool = False) -> list[str]:
    """Column titles in the current language (translated when asked, not at import); the
    municipality's plan groups its actions by sections, not tasks."""
    names = (
        QT_TRANSLATE_NOOP("RoadmapModel", "Group"),
        (
            QT_TRANSLATE_NOOP("RoadmapModel", "Section")
            if municipal
            else QT_TRANSLATE_NOOP("RoadmapModel", "Task")
        ),
        QT_TRANSLATE_NOOP("RoadmapModel", "Period"),
        QT_TRANSLATE_NOOP("RoadmapModel", "Activity"),
        QT_TRANSLATE_NOOP("RoadmapModel", "Responsible"),
        QT_TRANSLATE_NOOP("RoadmapModel", "Forecast result"),
        QT_TRANSLATE_NOOP("RoadmapModel", "Status"),
        (
            QT_TRANSLATE_NOOP("RoadmapModel", "Execution")
            if municipal
            else QT_TRANSLATE_NOOP("RoadmapModel", "Actual result")
        ),
        (
            QT_TRANSLATE_NOOP("RoadmapModel", "Reasons for non-execution")
            if municipal
            else QT_TRANSLATE_NOOP("RoadmapModel", "Reason for non-execution")
        ),
        QT_TRANSLATE_NOOP("RoadmapModel", "Resources"),
        QT_TRANSLATE_NOOP("RoadmapModel", "Recommendations"),
    )
    return [QCoreApplication.translate("RoadmapModel", n) for n in names]


def cells(row: ActivityRow) -> tuple[str, ...]:
    """The texts of columns TASK … RECOMMENDATION (GROUP depends on the view)."""
    return (
        f"{row.task_number}" if row.task_number else "",
        period_label(row.start, row.end, row.period_text),
        row.title,
        responsible_label(row),
        forecast_label(row),
        status_text(row),
        row.actual_result,
        reason_label(row),
        resources_label(row),
        row.recommendation,
    )


def group_of(row: ActivityRow, view: str, municipal: bool = False) -> tuple[tuple, str]:
    """(sort key, label) of the row's group in ``view``."""
    if view == "task":
        if row.task_number is None:
            if municipal:
                return (10**6,), QCoreApplication.translate("RoadmapModel", "No section")
            return (10**6,), QCoreApplication.translate("RoadmapModel", "No task")
        return (row.task_number,), f"{row.task_number}. {row.task_text}"
    if view == "month":
        day = row.start or row.end
        if day is None:
            return (date.max,), QCoreApplication.translate("RoadmapModel", "No period")
        return (day.replace(day=1),), f"{texts.MONTHS[day.month - 1]} {day.year}"
    if view == "responsible":
        name = row.responsible.strip()
        if not name:
            return ("\uffff",), QCoreApplication.translate("RoadmapModel", "Not assigned")
        return (fold(name),), name
    return (), ""


class RoadmapModel(QAbstractTableModel):
    """Rows in, filtered and sorted rows out; ``saver`` writes in-place edits."""

    error = Signal(str)  # a Russian sentence after a refused edit
    row_saved = Signal(object)

    def __init__(self, saver: Saver | None = None, parent=None, *, municipal=False) -> None:
        super().__init__(parent)
        self.saver = saver
        self.municipal = municipal  # the municipality's plan: sections, recommendations
        self.apply_edit: Rule | None = None  # app.programme.editing.apply_edit with lookups
        self.view = "list"
        self._headers = headers(municipal)
        self._all: list[ActivityRow] = []
        # Per-row texts and keys, made when first needed (None until then): opening a year
        # of 10,000 activities formats only the rows on screen and the key it sorts by.
        self._cells: list[tuple[str, ...] | None] = []
        self._search: list[str | None] = []
        self._sort_keys: list[tuple | None] = []
        self._groups: list[tuple[tuple, str]] = []
        self._shown: list[int] = []
        self._filter = RowFilter()
        self._sort_column, self._descending = PERIOD, False

    # ---- rows -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._cells = [None] * len(self._all)
        self._search = [None] * len(self._all)
        self._sort_keys = [None] * len(self._all)
        self._groups = [group_of(r, self.view, self.municipal) for r in self._all]
        self._apply()
        self.endResetModel()

    def set_view(self, view: str) -> None:
        self.beginResetModel()
        self.view = view
        self._groups = [group_of(r, view, self.municipal) for r in self._all]
        self._order()
        self.endResetModel()

    def set_filter(self, spec: RowFilter) -> None:
        self.beginResetModel()
        self._filter = spec
        self._apply()
        self.endResetModel()

    def filter_spec(self) -> RowFilter:
        return self._filter

    def row(self, index: int) -> ActivityRow:
        return self._all[self._shown[index]]

    def rows(self) -> list[ActivityRow]:
        """The rows shown, in the order shown."""
        return [self._all[i] for i in self._shown]

    def all_rows(self) -> list[ActivityRow]:
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def position_of(self, activity_id) -> int:
        for pos, i in enumerate(self._shown):
            if self._all[i].id == activity_id:
                return pos
        return -1

    def _apply(self) -> None:
        accept = self._filter.predicate()
        rows, keys = self._all, self._search
        if self._filter.text.strip():
            self._fill(keys, search_key)
        self._shown = [i for i in range(len(rows)) if accept(rows[i], keys[i])]
        self._order()

    def _order(self) -> None:
        if self._sort_column in SORT_NAMES:
            name = SORT_NAMES[self._sort_column]
            # from the given order, so equal keys stay as the rows came (as filtering does)
            shown = sorted(self._shown)
            if name == "period":  # the usual order, and the cheapest key
                keys = [(period_key(r),) for r in self._all]
            else:
                keys = self._fill(self._sort_keys, sort_keys)
            self._shown = sort_indexes(shown, name, self._descending, keys)
        if self.view != "list":
            groups = self._groups
            self._shown.sort(key=lambda i: groups[i][0])

    # ---- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, column = self._shown[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), i, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(self._all[i], column)
        if self._all[i].overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BG)
            if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
                return QBrush(OVERDUE_FG)
        return None

    def _text(self, pos: int, i: int, column: int) -> str:
        if column != GROUP:
            texts_of = self._cells[i]
            if texts_of is None:
                texts_of = self._cells[i] = cells(self._all[i])
            return texts_of[column - 1]
        label = self._groups[i][1]
        previous = self._shown[pos - 1] if pos else None
        same = previous is not None and self._groups[previous][0] == self._groups[i][0]
        return "" if same else label

    @staticmethod
    def _edit_value(row: ActivityRow, column: int) -> Any:
        return {
            PERIOD: row.period_text or period_label(row.start, row.end, ""),
            TASK: str(row.task_number or ""),
            REASON: str(row.reason_id) if row.reason_id else "",
            TITLE: row.title,
            RESPONSIBLE: row.responsible,
            FORECAST: row.forecast_text,
            STATUS: str(row.status),
            ACTUAL: row.actual_result,
            RECOMMENDATION: row.recommendation,
        }.get(column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.saver is not None and self._editable(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = index.column()
        if role != Qt.ItemDataRole.EditRole or not self.saver or not self._editable(column):
            return False
        i = self._shown[index.row()]
        old = self._all[i]
        if self._edit_value(old, column) == ("" if value is None else str(value).strip()):
            return False
        try:
            changed = self._changed(old, column, value)
            if changed is None:
                return False
            saved = self.saver(changed)
        except PerekhodError as err:
            self.error.emit(err.message)
            return False
        self.replace_row(i, saved)
        self.row_saved.emit(saved)
        return True

    def _fill(self, keys: list, make: Callable[[ActivityRow], Any]) -> list:
        """``keys`` with every missing entry made from its row."""
        for i, key in enumerate(keys):
            if key is None:
                keys[i] = make(self._all[i])
        return keys

    def _editable(self, column: int) -> bool:
        return column in EDITABLE or (column in RULE_EDITABLE and self.apply_edit is not None)

    def _changed(self, old: ActivityRow, column: int, value: Any) -> ActivityRow | None:
        if self.apply_edit is None:
            return _edited(old, column, value)
        copy = replace(old, evidence=list(old.evidence))
        return self.apply_edit(EDIT_KEYS[column], copy, value)

    def replace_row(self, i: int, row: ActivityRow) -> None:
        """Put a saved row in place (keys recomputed) without resorting the view."""
        self._all[i] = row
        self._cells[i] = cells(row)
        self._search[i] = search_key(row) if self._search[i] is not None else None
        self._sort_keys[i] = sort_keys(row) if self._sort_keys[i] is not None else None
        self._groups[i] = group_of(row, self.view, self.municipal)
        if i in self._shown:
            pos = self._shown.index(i)
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, LAST))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._order()
        self.layoutChanged.emit()


def _edited(row: ActivityRow, column: int, value: Any) -> ActivityRow | None:
    text = "" if value is None else str(value)
    if column == STATUS:
        try:
            status = Status(text)
        except ValueError:
            return None
        if status == row.status:
            return None
        return replace(row, status=status, evidence=list(row.evidence))
    name = {
        TITLE: "title",
        RESPONSIBLE: "responsible",
        FORECAST: "forecast_text",
        ACTUAL: "actual_result",
        RECOMMENDATION: "recommendation",
    }[column]
    if getattr(row, name) == text:
        return None
    return replace(row, evidence=list(row.evidence), **{name: text})
