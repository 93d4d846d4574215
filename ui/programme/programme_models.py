"""Tables of «Программа перехода»: tasks, and planned results × academic years (seed 002).

Both are :class:`TableModel` tables: they sort and filter themselves (no proxy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.academic_year import AcademicYear
from app.errors import PerekhodError
from app.programme import texts
from app.programme.results import AchievementRow, ResultRow
from app.programme.rows import Achievement
from ui.widgets.table_model import Col, TableModel

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLOURS = {
    Achievement.ACHIEVED: QColor("#dff0d8"),
    Achievement.PARTIAL: QColor("#fcf3cf"),
    Achievement.NOT_ACHIEVED: QColor("#f8d7da"),
}
NO_LEVEL = ""  # the combobox choice that clears a year's level


class TasksModel(TableModel):
    """The programme's tasks; with a third, read-only column of the municipal resources
    assigned to each task once a return package has brought any."""

    def __init__(self, parent: QObject | None = None, *, municipal: bool = False) -> None:
        super().__init__(parent=parent, sort_column=0)
        self.municipal = municipal  # the tasks are the sections of the municipality's plan
        self.resources: dict = {}  # task id -> names of its municipal resources
        self.columns = self._columns()

    def _columns(self) -> list[Col]:
        task = self.tr("Plan section") if self.municipal else self.tr("Task")
        columns = [
            Col(self.tr("No."), lambda r: str(r.number), sort=lambda r: r.number),
            Col(task, lambda r: r.text),
        ]
        if self.resources:
            columns.append(Col(self.tr("Municipal resources"), self.resources_of))
        return columns

    def resources_of(self, row) -> str:
        return "; ".join(self.resources.get(row.id, ()))

    def set_resources(self, resources: dict) -> None:
        """Names of the municipal resources by task id (``app.received.task_resources``)."""
        if bool(resources) != bool(self.resources):
            self.resources = resources
            self.set_columns(self._columns())
        else:
            self.resources = resources


class ResultsModel(TableModel):
    """Planned results (rows) × academic years (columns 2…): degree of achievement."""

    error = Signal(str)

    def __init__(self, parent: QObject | None = None, *, municipal: bool = False) -> None:
        super().__init__(parent=parent, sort_column=0)
        self.municipal = municipal  # results filed under the sections of the municipal plan
        self.years: list[AcademicYear] = []
        self.setter: Callable[[ResultRow, AcademicYear, AchievementRow | None], None] | None = None
        self.set_years([])

    def set_years(self, years: Sequence[AcademicYear]) -> None:
        self.years = list(years)
        task = Col(
            self.tr("Section") if self.municipal else self.tr("Task"),
            lambda r: str(r.task_number),
            sort=lambda r: (r.task_number, r.position),
        )
        result = Col(self.tr("Planned result"), lambda r: r.text)
        self.set_columns([task, result, *(self._year_column(y) for y in self.years)])

    @staticmethod
    def _year_column(year: AcademicYear) -> Col:
        return Col(str(year), lambda r: level_text(r, year))

    def year_of(self, column: int) -> AcademicYear | None:
        return self.years[column - 2] if column >= 2 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, year = self.row(index.row()), self.year_of(index.column())
        found = row.achievements.get(year) if year else None
        if role == Qt.ItemDataRole.EditRole:
            return str(found.level) if found else NO_LEVEL
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return QBrush(LEVEL_COLOURS[Achievement(found.level)])
        if role == Qt.ItemDataRole.ToolTipRole and found:
            notes = [p for p in (found.shown, found.evidence, found.comment) if p]
            return "\n".join(notes)
        if role == Qt.ItemDataRole.DisplayRole and found and found.comment:
            return f"{found.shown} *"
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= 2 and self.setter is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        year = self.year_of(index.column())
        if role != Qt.ItemDataRole.EditRole or year is None or self.setter is None:
            return False
        row = self.row(index.row())
        old = row.achievements.get(year)
        if value in (None, NO_LEVEL):
            new = None
        else:
            keep = old or AchievementRow(Achievement(value))
            # own wording describes the old degree: kept only while the degree stays the same
            wording = keep.wording if str(keep.level) == str(value) else ""
            new = AchievementRow(Achievement(value), keep.evidence, keep.comment, wording)
        return self.set_level(index, new)

    def set_level(self, index: Index, new: AchievementRow | None) -> bool:
        row, year = self.row(index.row()), self.year_of(index.column())
        try:
            self.setter(row, year, new)
        except PerekhodError as err:
            self.error.emit(err.message)
            return False
        if new is None:
            row.achievements.pop(year, None)
        else:
            row.achievements[year] = new
        self.dataChanged.emit(index, index)
        return True


def level_text(row: ResultRow, year: AcademicYear) -> str:
    found = row.achievements.get(year)
    return found.shown if found else ""


def level_choices() -> dict[str, str]:
    return {NO_LEVEL: "—", **{str(a): texts.ACHIEVEMENTS[a] for a in Achievement}}
