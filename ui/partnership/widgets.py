"""Small building blocks shared by the partnership screens."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from ui.partnership.table_model import RowsModel


def choice_combo(choices: Mapping[Any, str], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for key, label in choices.items():
        combo.addItem(label, key)
    return combo


def set_combo(combo: QComboBox, key: Any) -> None:
    index = next((i for i in range(combo.count()) if combo.itemData(i) == key), 0)
    combo.setCurrentIndex(index)


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(to_qdate(value or date.today()))
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def make_table(model: RowsModel, parent: QWidget | None = None, sort_column: int = 0) -> QTableView:
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


class _Keys(QObject):
    def __init__(self, view: QTableView, slots: dict) -> None:
        super().__init__(view)
        self.slots = slots
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            slot = self.slots.get(event.key())
            if slot is not None:
                slot()
                return True
        return False


def add_keys(view: QTableView, on_edit, on_delete, on_add=None) -> None:
    """Enter edits, Delete deletes, Insert adds — while the table has focus."""
    slots = {Qt.Key.Key_Return: on_edit, Qt.Key.Key_Enter: on_edit, Qt.Key.Key_Delete: on_delete}
    if on_add is not None:
        slots[Qt.Key.Key_Insert] = on_add
    _Keys(view, slots)
