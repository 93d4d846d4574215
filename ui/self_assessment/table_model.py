"""Tables of the self-assessment screens: the view around a :class:`TableModel`, keys, colours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.table_model import TableModel


def make_view(model: TableModel, parent: QWidget | None = None, stretch: int = -1) -> QTableView:
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


def selected_rows(view: QTableView) -> list[Any]:
    model = view.model()
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return [model.row(i.row()) for i in sorted(indexes, key=lambda i: i.row())]


RISK_COLOURS = {"high": "#b3261e", "medium": "#a15c00", "low": "#1b7f3b"}
CHANGE_COLOURS = {"improved": "#1b7f3b", "worse": "#b3261e"}
