"""The one table model of the program: rows are plain objects, columns are declared once.

The model filters and sorts ITSELF (no proxy): each row gets one folded search key (lower
case, «ё» = «е») the first time a text filter is set after the rows, so filtering thousands
of rows is a substring test per row and a table nobody searches never pays for the keys; a
sort orders the rows by the column's key with empty values (``None``, ``""``) last in both
directions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.folding import fold, fold_join

Index = QModelIndex | QPersistentModelIndex
Colour = str | QColor | None
RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Col:
    """One column: its header, the value of a row, and how to sort and show it."""

    header: str  # already translated
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # the sort key; the value when not given
    align: Qt.AlignmentFlag | None = None
    colour: Callable[[Any], Colour] | None = None  # text colour
    background: Callable[[Any], Colour] | None = None
    fmt: Callable[[Any], str] | None = None  # how the value is written; display() if not
    font: Callable[[Any], QFont | None] | None = None

    def text(self, row: Any) -> str:
        value = self.value(row)
        return self.fmt(value) if self.fmt is not None else display(value)

    def key(self, row: Any) -> tuple | None:
        return sort_key(self.sort(row) if self.sort is not None else self.value(row))


def number_text(value: float) -> str:
    """Russian style: «12,5», «40» (at most two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if text != "-0" else "0"


def display(value: Any) -> str:
    """How a value is written in a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def sort_key(value: Any) -> tuple | None:
    """Numbers and dates before text, text folded; ``None`` for an empty value."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return (1, fold(value))
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    return (0, value)


def ordered(rows: Sequence[Any], key: Callable[[Any], Any], descending: bool) -> list[Any]:
    """A stable sort of ``rows`` by ``key``; rows whose key is ``None`` come last."""
    keyed = [(key(r), r) for r in rows]
    present = [pair for pair in keyed if pair[0] is not None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [r for _, r in present] + [r for k, r in keyed if k is None]


def _brush(colour: Colour) -> QBrush | None:
    return QBrush(QColor(colour)) if colour else None


class TableModel(QAbstractTableModel):
    """Rows in; the filtered, sorted rows out. ``sort_column`` < 0 keeps the given order."""

    def __init__(
        self,
        columns: Sequence[Col] = (),
        parent: QObject | None = None,
        *,
        sort_column: int = -1,
        descending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[Any] = []
        self._keys: list[str] | None = None  # made at the first text filter
        self._rows: list[Any] = []
        self._needle = ""
        self._accept: Callable[[Any], bool] | None = None
        self._sort_column, self._descending = sort_column, descending

    # ---- rows ---------------------------------------------------------------------------
    def set_columns(self, columns: Sequence[Col]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._index()
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._index()
        self.endResetModel()

    def set_filter(self, text: str, accept: Callable[[Any], bool] | None = None) -> None:
        """Show the rows holding every word of ``text`` that ``accept`` (if given) accepts."""
        self.beginResetModel()
        self._needle, self._accept = fold(text), accept
        self._apply()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def search_text(self, row: Any) -> str:
        """What the text filter looks at: every cell of the row."""
        return fold_join(*(c.text(row) for c in self.columns))

    def row(self, position: int) -> Any:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def rows(self) -> list[Any]:
        """The rows shown, in the order shown."""
        return list(self._rows)

    def all_rows(self) -> list[Any]:
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def _index(self) -> None:
        self._keys = None
        self._apply()

    def _search_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [self.search_text(r) for r in self._all]
        return self._keys

    def _apply(self) -> None:
        words, accept = self._needle.split(), self._accept
        rows = self._all
        if words:
            keys = self._search_keys()
            rows = [r for r, key in zip(rows, keys, strict=True) if all(w in key for w in words)]
        self._rows = [r for r in rows if accept is None or accept(r)]
        self._order()

    def _order(self) -> None:
        if 0 <= self._sort_column < len(self.columns):
            column = self.columns[self._sort_column]
            self._rows = ordered(self._rows, column.key, self._descending)

    # ---- Qt -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._apply()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            return _brush(col.colour(row))
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return _brush(col.background(row))
        if role == Qt.ItemDataRole.FontRole and col.font is not None:
            return col.font(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        return None
