"""Form building blocks every area's dialogs use: choice combos, dates, inline errors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel

ERROR_COLOUR = "#b00020"


def choice_combo(choices: Mapping[Any, str], empty: str | None = None) -> QComboBox:
    """A combo of ``{key: label}``; ``empty`` adds a first item whose data is None."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for key, label in choices.items():
        combo.addItem(label, key)
    return combo


def set_combo(combo: QComboBox, key: Any) -> None:
    """Select the item whose data is ``key`` (the first item if none is)."""
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
    """A hidden red label under a form that shows a validation message in Russian."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label
