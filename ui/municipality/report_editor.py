"""The two halves of the analytical report's «Тексты» page: the list of the report's
editable texts (sortable, searchable in titles and wording) and the editor of the one
chosen, with «Сохранить» (Ctrl+S, Ctrl+Enter) and «Вернуть текст по умолчанию»."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.folding import fold_join
from ui.widgets.flow import FlowLayout
from ui.widgets.forms import tab_moves_focus
from ui.widgets.keys import CTRL_ENTER
from ui.widgets.table_model import CENTER, RIGHT, Col, TableModel
from ui.widgets.unsaved import EditGuard, SaveStatus, save_shortcut
from ui.widgets.views import read_only_table

OWN_COLOUR = "#1a5e20"  # a text the methodologist wrote herself


@dataclass(frozen=True, slots=True)
class TextRow:
    position: int  # in the report's order
    key: str
    title: str
    own: bool  # the methodologist's text, not the default
    text: str


class TextsModel(TableModel):
    """The texts; the search also finds words of a text's wording, not only its title."""

    def search_text(self, row: TextRow) -> str:
        return fold_join(super().search_text(row), row.text)


class TextList(QWidget):
    """A search box over the list of texts; ``chosen`` carries the key picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in titles and texts…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.model = TextsModel(
            [
                Col(self.tr("No."), lambda r: r.position, align=RIGHT),
                Col(self.tr("Text"), lambda r: r.title),
                Col(self.tr("Own"), lambda r: r.own, colour=lambda r: OWN_COLOUR, align=CENTER),
            ],
            self,
        )
        self.view = read_only_table(stretch=1)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Texts of the report"))
        # titles wrap and show whole (a school's name makes them long)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.layoutChanged.connect(lambda *_a: self.select(self.shown))
        self.shown = ""  # the key whose text the editor shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[TextRow]) -> None:
        self.model.set_rows(rows)
        self.select(self.shown)

    def rows(self) -> list[TextRow]:
        return self.model.all_rows()

    def select(self, key: str) -> None:
        """Highlight ``key`` (if shown) without announcing it."""
        self.shown = key
        place = self.model.row_of(lambda r: r.key == key)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if place >= 0:
            self.view.selectRow(place)
            self.view.scrollTo(self.model.index(place, 0))
        else:
            self.view.clearSelection()
        selection.blockSignals(False)
        self.view.viewport().update()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self.select(self.shown)

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is not None and row.key != self.shown:
            self.chosen.emit(row.key)


class TextEditor(QWidget):
    """One text: its title, whether the report prints the default, the box, the buttons.

    ``save`` stores the box's text and returns whether it did; ``reset`` asks and goes back
    to the default; ``discard`` shows the stored text again (the guard's «Не сохранять»)."""

    def __init__(
        self,
        save: Callable[[], bool],
        reset: Callable[[], None],
        discard: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #555555;")
        self.edit = QPlainTextEdit()
        tab_moves_focus(self.edit)
        self.edit.setMinimumHeight(4 * self.edit.fontMetrics().lineSpacing() + 12)
        self.title.setBuddy(self.edit)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self.reset_button = QPushButton(self.tr("Restore the &default text"))
        self.reset_button.clicked.connect(reset)
        self.status = SaveStatus()
        self.guard = EditGuard(
            self, save, discard, self.tr("The text is changed but not saved. Save the changes?")
        )
        self.guard.watch(self.edit)
        self.guard.show_in(self.status, self.save_button)
        self.guard.dirty_changed.connect(self._dirty_changed)
        self.save_button.clicked.connect(self.guard.save)
        save_shortcut(self, self.guard)
        for keys in CTRL_ENTER:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.guard.save() if self.guard.dirty else None)
        buttons = FlowLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)
        self.key, self.own = "", False
        self.show_text("", "", "", own=False)

    def show_text(self, key: str, title: str, text: str, own: bool) -> None:
        """Fill the editor with ``key``'s text as stored (not an edit)."""
        self.key = key
        self.title.setText(title)
        with self.guard.loading():
            self.edit.setPlainText(text)
        self.show_own(own)
        self.edit.setEnabled(bool(key))

    def show_own(self, own: bool) -> None:
        self.own = own
        self.state.setText(
            self.tr("Your own text: the report prints it instead of the default.")
            if own
            else self.tr("The default text, prefilled from the year's data.")
        )
        self.reset_button.setEnabled(bool(self.key) and (own or self.guard.dirty))

    def _dirty_changed(self, dirty: bool) -> None:
        self.reset_button.setEnabled(bool(self.key) and (self.own or dirty))

    def text(self) -> str:
        return self.edit.toPlainText()
