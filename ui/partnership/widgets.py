"""Small building blocks shared by the partnership screens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from ui.widgets.table_model import TableModel

FIT_ROWS = 50


def make_table(
    model: TableModel, parent: QWidget | None = None, sort_column: int = 0
) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Fit columns to the rows on screen and a few around them, not to thousands of events.
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return view


def selected_row(view: QTableView) -> Any | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        current = view.currentIndex()
        if not current.isValid():
            return None
        return view.model().row(current.row())
    return view.model().row(rows[0].row())


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
