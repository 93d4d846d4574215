"""Item models of the indicators section. Sorting and filtering happen here, in the model,
on precomputed lower-case keys (ё → е), never in a proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.academic_year import AcademicYear
from app.indicators.catalogue import IndicatorRow
from app.indicators.common import format_number
from app.indicators.dashboard import arrow
from app.indicators.report_data import IndicatorSeries
from app.indicators.values import IndicatorValues

GOOD = QColor("#1b7f3b")
BAD = QColor("#b3261e")
MUTED = QColor("#777777")


def search_key(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p is not None).lower().replace("ё", "е")


def sort_key(value: object) -> tuple:
    """Numbers before text, None last, text compared case-insensitively."""
    if value is None or value == "":
        return (2, 0, "")
    if isinstance(value, int | float):
        return (0, value, "")
    return (1, 0, search_key(value))


class RowsModel(QAbstractTableModel):
    """A read-only table of row objects with in-model filter and sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._keys: list[str] = []
        self._rows: list[Any] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Subclasses: headers(), display(row, column), sort_value(row, column), search(row).
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> object:
        return self.display(row, column)

    def search(self, row: Any) -> str:
        return search_key(*(self.display(row, c) for c in range(len(self.headers()))))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [self.search(r) for r in self._all]
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = search_key(text.strip())
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[Any]:
        words = self._filter.split()
        rows = [r for r, k in zip(self._all, self._keys, strict=True) if all(w in k for w in words)]
        if self._sort is not None:
            column, order = self._sort
            keys = {id(r): sort_key(self.sort_value(r, column)) for r in rows}
            rows.sort(key=lambda r: keys[id(r)], reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; a negative column restores the catalogue order."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        self._rows = self._visible()
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None


class CatalogueModel(RowsModel):
    def headers(self) -> Sequence[str]:
        return [self.tr("Indicator"), self.tr("Unit"), self.tr("Better when"), self.tr("Source")]

    def display(self, row: IndicatorRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.unit
        if column == 2:
            return self.tr("↑ higher") if row.direction == "higher" else self.tr("↓ lower")
        return self.tr("school") if row.source == "school" else self.tr("municipal monitoring")

    def extra(self, row: IndicatorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not row.is_builtin:
            return QBrush(QColor("#1f4e9a"))
        return None


class DashboardModel(RowsModel):
    """One line per indicator for the chosen year: baseline, target, actual, trend, goal."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Trend"),
            self.tr("Target met"),
        ]

    def display(self, row: IndicatorSeries, column: int) -> str:
        year = max(row.actual) if row.actual else None
        values = {
            0: row.name,
            1: row.unit,
            2: format_number(row.baseline),
            3: format_number(row.target),
            4: format_number(row.actual.get(year) if year else None),
            5: arrow(row.trend),
        }
        if column in values:
            return values[column]
        if row.achieved is None:
            return self.tr("no data")
        return self.tr("achieved") if row.achieved else self.tr("not achieved")

    def sort_value(self, row: IndicatorSeries, column: int) -> object:
        year = max(row.actual) if row.actual else None
        numbers = {2: row.baseline, 3: row.target, 4: row.actual.get(year) if year else None}
        if column in numbers:
            return numbers[column]
        if column == 6:
            return {True: 0, False: 1, None: 2}[row.achieved]
        return self.display(row, column)

    def extra(self, row: IndicatorSeries, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5:
                return QBrush({True: GOOD, False: BAD, None: MUTED}[row.improving])
            if column == 6:
                return QBrush({True: GOOD, False: BAD, None: MUTED}[row.achieved])
        if role == Qt.ItemDataRole.FontRole and column == 5:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


KIND_ROWS = ("baseline", "target", "actual")


class ValuesModel(QAbstractTableModel):
    """Rows baseline / target / actual, columns academic years, editable in place.

    ``commit(kind, year, text)`` is given by the section: it validates and stores the
    value and returns an error message or ``""``.
    """

    def __init__(self, commit: Callable[[str, AcademicYear, str], str], parent=None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.years: list[AcademicYear] = []
        self.values: IndicatorValues | None = None
        self.last_error = ""

    def load(self, years: list[AcademicYear], values: IndicatorValues | None) -> None:
        self.beginResetModel()
        self.years, self.values = list(years), values
        self.endResetModel()

    def update_values(self, values: IndicatorValues) -> None:
        """New stored values for the same years, without resetting the view (mid-edit)."""
        self.values = values
        if self.years:
            last = self.index(len(KIND_ROWS) - 1, len(self.years) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def kind_label(self, kind: str) -> str:
        labels = {
            "baseline": self.tr("Baseline"),
            "target": self.tr("Target"),
            "actual": self.tr("Actual"),
        }
        return labels[kind]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.values is None else len(KIND_ROWS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.years)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.years[section])
        return self.kind_label(KIND_ROWS[section])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.values is None:
            return None
        kind, year = KIND_ROWS[index.row()], self.years[index.column()]
        value = self.values.value(kind, year)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        kind, year = KIND_ROWS[index.row()], self.years[index.column()]
        self.last_error = self._commit(kind, year, str(value or ""))
        return not self.last_error
