"""Item models of the indicators section: the catalogue, the dashboard, one indicator's values.

The catalogue and the dashboard are :class:`TableModel` tables (they filter and sort
themselves, «ё» = «е», empty values last).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from app.academic_year import AcademicYear
from app.indicators.catalogue import IndicatorRow
from app.indicators.common import format_number
from app.indicators.dashboard import arrow
from app.indicators.report_data import IndicatorSeries
from app.indicators.values import IndicatorValues
from ui.widgets.table_model import CENTER, Col, TableModel

GOOD = QColor("#1b7f3b")
BAD = QColor("#b3261e")
MUTED = QColor("#777777")
OWN = QColor("#1f4e9a")  # the school's own indicators in the catalogue


def _verdict_colour(value: bool | None) -> QColor:
    return {True: GOOD, False: BAD, None: MUTED}[value]


def _latest(row: IndicatorSeries) -> float | None:
    return row.actual[max(row.actual)] if row.actual else None


def _trend_font(_row: IndicatorSeries) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    return font


class CatalogueModel(TableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.columns = [
            Col(
                self.tr("Indicator"),
                lambda r: r.name,
                colour=lambda r: None if r.is_builtin else OWN,
            ),
            Col(self.tr("Unit"), lambda r: r.unit),
            Col(self.tr("Better when"), self._direction),
            Col(self.tr("Source"), self._source),
        ]

    def _direction(self, row: IndicatorRow) -> str:
        return self.tr("↑ higher") if row.direction == "higher" else self.tr("↓ lower")

    def _source(self, row: IndicatorRow) -> str:
        return self.tr("school") if row.source == "school" else self.tr("municipal monitoring")


class DashboardModel(TableModel):
    """One line per indicator for the chosen year: baseline, target, actual, trend, goal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        number = {"fmt": format_number, "align": CENTER}
        self.columns = [
            Col(self.tr("Indicator"), lambda r: r.name),
            Col(self.tr("Unit"), lambda r: r.unit),
            Col(self.tr("Baseline"), lambda r: r.baseline, **number),
            Col(self.tr("Target"), lambda r: r.target, **number),
            Col(self.tr("Actual"), _latest, **number),
            Col(
                self.tr("Trend"),
                lambda r: arrow(r.trend),
                align=CENTER,
                colour=lambda r: _verdict_colour(r.improving),
                font=_trend_font,
            ),
            Col(
                self.tr("Target met"),
                self._verdict,
                sort=lambda r: {True: 0, False: 1}.get(r.achieved),
                align=CENTER,
                colour=lambda r: _verdict_colour(r.achieved),
            ),
        ]

    def _verdict(self, row: IndicatorSeries) -> str:
        if row.achieved is None:
            return self.tr("no data")
        return self.tr("achieved") if row.achieved else self.tr("not achieved")


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
