"""A table of row objects that sorts and filters itself on precomputed lower-case keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Col:
    header: str  # already translated
    text: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    colour: Callable[[Any], str | None] | None = None
    right: bool = False


def fold(text: object) -> str:
    return str(text).lower().replace("ё", "е")


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value)


def _sort_key(value: Any) -> tuple:
    if value is None or value == "":
        return (2, 0, "")
    if isinstance(value, bool):
        return (0, int(value), "")
    if isinstance(value, int | float):
        return (0, value, "")
    if isinstance(value, date):
        return (0, value.toordinal(), "")
    return (1, 0, fold(value))


class RowsModel(QAbstractTableModel):
    """Rows are plain objects; columns say how to show, colour and sort them."""

    def __init__(self, columns: Sequence[Col], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[Any] = []
        self._keys: list[str] = []
        self._rows: list[Any] = []
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [fold(" ".join(shown(c.text(r)) for c in self.columns)) for r in rows]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._needle = fold(text.strip())
        self._apply()
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def _apply(self) -> None:
        words = self._needle.split()
        rows = [r for r, k in zip(self._all, self._keys, strict=True) if all(w in k for w in words)]
        if self._sort is not None:
            column, order = self._sort
            col = self.columns[column]
            getter = col.sort or col.text
            rows.sort(
                key=lambda r: _sort_key(getter(r)),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._rows = rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown(col.text(row))
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def make_view(model: RowsModel, parent: QWidget | None = None, stretch: int = -1) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def keys(view: QTableView, **actions: Callable[[], None]) -> None:
    """Keyboard on a table: ``insert``, ``delete`` and ``enter`` (edit/open) actions."""
    from PySide6.QtGui import QKeySequence, QShortcut

    sequences = {
        "insert": (Qt.Key.Key_Insert,),
        "delete": (Qt.Key.Key_Delete,),
        "enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    }
    for name, action in actions.items():
        for key in sequences[name]:
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)


def fit_columns(view: QTableView, cap: int = 240) -> None:
    """Fit columns to their content and headers, none wider than ``cap`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            view.setColumnWidth(column, min(cap, view.columnWidth(column)))


def selected_rows(view: QTableView) -> list[Any]:
    model = view.model()
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return [model.row(i.row()) for i in sorted(indexes, key=lambda i: i.row())]


RISK_COLOURS = {"high": "#b3261e", "medium": "#a15c00", "low": "#1b7f3b"}
CHANGE_COLOURS = {"improved": "#1b7f3b", "worse": "#b3261e"}
