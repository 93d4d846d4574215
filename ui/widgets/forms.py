"""Form building blocks every area's dialogs use: choice combos, dates, multi-line boxes,
inline validation messages that go away once the input is fixed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.errors import PerekhodError

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


# Multi-line text boxes: Tab moves on, Ctrl+Tab types a tab ---------------------------------


class _CtrlTabTypesTab(QObject):
    """With Tab moving the focus, Ctrl+Tab is the way to type a tab character."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QPlainTextEdit | QTextEdit)
            and not watched.isReadOnly()
        ):
            watched.insertPlainText("\t")
            return True
        return False


def tab_moves_focus(*edits: QPlainTextEdit | QTextEdit) -> None:
    """Tab leaves a multi-line box for the next field, as in every other field."""
    for edit in edits:
        edit.setTabChangesFocus(True)
        if edit.findChild(_CtrlTabTypesTab) is None:
            edit.installEventFilter(_CtrlTabTypesTab(edit))


def text_box(value: str = "", height: int | None = None) -> QPlainTextEdit:
    """The multi-line text box of every form (Tab moves to the next field)."""
    edit = QPlainTextEdit(value)
    tab_moves_focus(edit)
    if height is not None:
        edit.setMinimumHeight(height)
    return edit


# Inputs and their "edited" signals ----------------------------------------------------------

INPUT_TYPES = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QListWidget,
    QTableWidget,
)


def edited_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals by which ``widget`` says its value changed (none for a plain button)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled] if widget.isCheckable() else []
    if isinstance(widget, QListWidget | QTableWidget):
        return [widget.itemChanged]
    return []


def form_inputs(form: QWidget) -> list[QWidget]:
    """Every input inside ``form`` (read-only boxes included: they cannot change anyway)."""
    return [w for w in form.findChildren(QWidget) if isinstance(w, INPUT_TYPES)]


def on_any_edit(widgets: Iterable[QWidget], slot: Callable[[], object]) -> None:
    for widget in widgets:
        for signal in edited_signals(widget):
            signal.connect(lambda *_args: slot())


# Validation messages --------------------------------------------------------------------------


class ErrorLine(QLabel):
    """A hidden red line under a form with a validation message in Russian.

    Once shown it watches the inputs of its form (its parent widget): after each edit it
    runs ``check`` (the form's own validation, raising :class:`PerekhodError` while the
    input is still wrong) and shows the new message, or hides when the input is fixed.
    Without a ``check`` any edit hides it: the next save checks again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setObjectName("formError")
        self.check: Callable[[], object] | None = None
        self._watching = False
        super().setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            self._watch_form()

    def _watch_form(self) -> None:
        form = self.parentWidget()
        if self._watching or form is None:
            return
        self._watching = True
        on_any_edit(form_inputs(form), self.recheck)

    def recheck(self) -> None:
        """After an edit: the current message, or hidden once the input is right."""
        if self.isHidden():
            return
        if self.check is None:
            self.hide()
            return
        try:
            self.check()
        except PerekhodError as err:
            self.setText(err.message)
            return
        self.hide()


def error_label() -> ErrorLine:
    """A hidden red label under a form that shows a validation message in Russian."""
    return ErrorLine()
