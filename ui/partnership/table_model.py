"""A row-list table model that sorts and filters itself (precomputed lower-case keys).

Sorting and filtering happen in the source model: each row gets a search key once
(lower-case, «ё» folded to «е»), so filtering thousands of rows stays instant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Col:
    header: str  # already translated
    text: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None


def fold(text: object) -> str:
    return str(text).lower().replace("ё", "е")


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows are plain objects; columns say how to show and sort them."""

    def __init__(self, columns: Sequence[Col], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[Any] = []
        self._keys: list[str] = []
        self._rows: list[Any] = []
        self._needle = ""
        self._accept: Callable[[Any], bool] | None = None
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder

    # ---- data ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [fold(" ".join(display(c.text(r)) for c in self.columns)) for r in rows]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str, accept: Callable[[Any], bool] | None = None) -> None:
        self.beginResetModel()
        self._needle, self._accept = fold(text.strip()), accept
        self._apply()
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def total(self) -> int:
        return len(self._all)

    def _apply(self) -> None:
        words = self._needle.split()
        picked = [
            r
            for r, key in zip(self._all, self._keys, strict=True)
            if all(w in key for w in words) and (self._accept is None or self._accept(r))
        ]
        self._rows = picked
        self._sort_rows()

    def _sort_rows(self) -> None:
        if not 0 <= self._sort_column < len(self.columns):
            return
        col = self.columns[self._sort_column]
        key = col.sort or (lambda r, c=col: fold(display(c.text(r))))
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=key, reverse=reverse)

    # ---- Qt ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(col.text(self._rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self.layoutChanged.emit()
