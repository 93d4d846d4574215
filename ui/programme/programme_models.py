"""Tables of «Программа перехода»: tasks, and planned results × academic years (seed 002).

Both sort and filter in the source model on precomputed folded keys (no proxy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.academic_year import AcademicYear
from app.errors import PerekhodError
from app.programme import texts
from app.programme.periods import fold
from app.programme.results import AchievementRow, ResultRow
from app.programme.rows import Achievement

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLOURS = {
    Achievement.ACHIEVED: QColor("#dff0d8"),
    Achievement.PARTIAL: QColor("#fcf3cf"),
    Achievement.NOT_ACHIEVED: QColor("#f8d7da"),
}
NO_LEVEL = ""  # the combobox choice that clears a year's level


class _SelfSorting(QAbstractTableModel):
    """Rows + one folded search key per row + per-column sort keys computed on demand."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._keys: list[str] = []
        self._shown: list[int] = []
        self._needle = ""
        self._sort = (0, False)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return fold(self.text(row, column))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [
            fold(" ".join(self.text(r, c) for c in range(self.columnCount()))) for r in rows
        ]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._needle = fold(text)
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self._needle.split()
        self._shown = [i for i, key in enumerate(self._keys) if all(word in key for word in words)]
        column, descending = self._sort
        keys = [self.sort_key(self._all[i], column) for i in self._shown]
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        self._shown = [self._shown[k] for k in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._apply()
        self.layoutChanged.emit()

    def row(self, position: int) -> Any:
        return self._all[self._shown[position]]

    def rows(self) -> list[Any]:
        return [self._all[i] for i in self._shown]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.text(self.row(index.row()), index.column())
        return None


class TasksModel(_SelfSorting):
    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Task")]

    def text(self, row: Any, column: int) -> str:
        return str(row.number) if column == 0 else row.text

    def sort_key(self, row: Any, column: int) -> Any:
        return row.number if column == 0 else fold(row.text)


class ResultsModel(_SelfSorting):
    """Planned results (rows) × academic years (columns 2…): degree of achievement."""

    error = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.years: list[AcademicYear] = []
        self.setter: Callable[[ResultRow, AcademicYear, AchievementRow | None], None] | None = None

    def set_years(self, years: Sequence[AcademicYear]) -> None:
        self.beginResetModel()
        self.years = list(years)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Task"), self.tr("Planned result"), *(str(y) for y in self.years)]

    def year_of(self, column: int) -> AcademicYear | None:
        return self.years[column - 2] if column >= 2 else None

    def text(self, row: ResultRow, column: int) -> str:
        if column == 0:
            return str(row.task_number)
        if column == 1:
            return row.text
        found = row.achievements.get(self.years[column - 2])
        return found.label if found else ""

    def sort_key(self, row: ResultRow, column: int) -> Any:
        if column == 0:
            return (row.task_number, row.position)
        return fold(self.text(row, column))

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
            notes = [p for p in (found.label, found.evidence, found.comment) if p]
            return "\n".join(notes)
        if role == Qt.ItemDataRole.DisplayRole and found and found.comment:
            return f"{found.label} *"
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
            new = AchievementRow(Achievement(value), keep.evidence, keep.comment)
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


def level_choices() -> dict[str, str]:
    return {NO_LEVEL: "—", **{str(a): texts.ACHIEVEMENTS[a] for a in Achievement}}
