"""«Школы»: the register of schools heard from and expected, completeness against the
deadline chosen, sortable and filterable, exported to Excel; a school opens read-only."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.municipality import expectations
from app.municipality.register import RegisterRow, export_register, local_day, school_register
from app.municipality.schools import Filter
from ui.context import UiContext
from ui.errors import show_error
from ui.municipality.common import CategoryFilter
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.flow import FlowLayout
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns, read_only_table

HEADERS = (
    QT_TRANSLATE_NOOP("SchoolsSection", "School"),
    QT_TRANSLATE_NOOP("SchoolsSection", "Category"),
    QT_TRANSLATE_NOOP("SchoolsSection", "Last package No."),
    QT_TRANSLATE_NOOP("SchoolsSection", "Package date"),
    QT_TRANSLATE_NOOP("SchoolsSection", "Received"),
    QT_TRANSLATE_NOOP("SchoolsSection", "Packages"),
    QT_TRANSLATE_NOOP("SchoolsSection", "By the deadline"),
)
STATE_COLOURS = {"on_time": "#1b7a1b", "late": "#a35a00", "missing": "#b00020"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchoolsSection", text)


def _day(moment) -> date | None:
    return local_day(moment) if moment is not None else None


def register_columns() -> list[Col]:
    school, category, number, made, received, packages, due = (_tr(h) for h in HEADERS)
    return [
        Col(school, lambda r: r.name),
        Col(category, lambda r: r.category_text),
        Col(number, lambda r: r.package_text, sort=lambda r: r.last_sequence, align=RIGHT),
        Col(made, lambda r: _day(r.last_created)),
        Col(received, lambda r: _day(r.last_received)),
        Col(packages, lambda r: r.packages, align=RIGHT),
        Col(
            due,
            lambda r: r.completeness.text if r.completeness else "",
            sort=lambda r: (r.completeness.state, r.completeness.days) if r.completeness else None,
            colour=lambda r: STATE_COLOURS.get(r.completeness.state) if r.completeness else None,
        ),
    ]


class DeadlineDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New deadline"))
        today = today or date.today()
        form = QFormLayout(self)
        self.title = QLineEdit(self.tr("Annual summary"))
        self.opens = self._date(date(today.year, 5, 1))
        self.due = self._date(date(today.year, 6, 1))
        form.addRow(self.tr("What is due:"), self.title)
        form.addRow(self.tr("Packages count from:"), self.opens)
        form.addRow(self.tr("Due by:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        ctrl_enter_accepts(self)

    @staticmethod
    def _date(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def values(self) -> tuple[str, date, date]:
        return self.title.text(), self.opens.date().toPython(), self.due.date().toPython()


class SchoolsSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        self.windows: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_header(
                self.tr("Schools"),
                self.tr(
                    "Schools whose packages were loaded and schools expected, with the last "
                    "package and whether it came by the deadline. Double-click a school to "
                    "see its data."
                ),
            )
        )
        layout.addLayout(self._filters())
        layout.addLayout(self._buttons())
        self.model = TableModel(register_columns(), self)
        self.view = read_only_table()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _index: self.open_school())
        layout.addWidget(self.view, 1)
        self.refresh()

    def _filters(self) -> QVBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        row.addWidget(self.search, 1)
        row.addWidget(QLabel(self.tr("Deadline:")))
        self.deadline = QComboBox()
        self.deadline.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.deadline)
        rows = QVBoxLayout()  # two rows: the window fits 1366×768 at 150 %
        rows.addLayout(row)
        self.categories = CategoryFilter()
        self.categories.changed.connect(self.refresh)
        rows.addWidget(self.categories)
        return rows

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps at 125–150 % instead of squeezing the buttons
        actions = (
            (self.tr("Open school"), self.open_school),
            (self.tr("Recommendations and assignments…"), self.open_returns),
            (self.tr("Expect a school…"), self.ask_expected),
            (self.tr("Remove expected"), self.remove_expected),
            (self.tr("New deadline…"), self.ask_deadline),
            (self.tr("Remove deadline"), self.remove_deadline),
            (self.tr("Export to Excel…"), self.export),
        )
        for title, action in actions:
            button = QPushButton(title)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        return row

    def wants(self, changes: Changes) -> bool:
        return changes.exchange or changes.profile

    def refresh(self) -> None:
        self._load_deadlines()
        filt = Filter(self.categories.selected())
        rows = school_register(self.ctx.scope, self.chosen_deadline(), self.today, filt)
        self.model.set_rows(rows)
        self._apply_search()
        fit_columns(self.view, 320)

    def chosen_deadline(self) -> uuid.UUID | None:
        data = self.deadline.currentData()
        return uuid.UUID(data) if data else None

    def _load_deadlines(self) -> None:
        chosen = self.deadline.currentData()
        self.deadline.blockSignals(True)
        self.deadline.clear()
        self.deadline.addItem(self.tr("not chosen"), None)
        for row in expectations.deadlines(self.ctx.scope):
            text = f"{row.title} — {row.due_on.strftime('%d.%m.%Y')}"
            self.deadline.addItem(text, str(row.id))  # QVariant compares text, not UUID
        index = self.deadline.findData(chosen)
        self.deadline.setCurrentIndex(max(index, 0))
        self.deadline.blockSignals(False)

    def _apply_search(self) -> None:
        self.model.set_filter(self.search.text())
        self.count.setText(
            self.tr("Shown %1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total()))
        )

    def selected(self) -> RegisterRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_school(self) -> None:
        from ui.municipality.school_window import open_school_window

        row = self.selected()
        if row is not None and row.heard:
            open_school_window(self, self.ctx, row.school_id, row.name, self.windows)

    def open_returns(self) -> None:
        """«Для школы: …» of the chosen school (one whose package was loaded)."""
        from ui.municipality.returns_dialog import open_returns

        row = self.selected()
        if row is None or not row.heard:
            QMessageBox.information(
                self,
                self.tr("Recommendations and assignments"),
                self.tr("Choose a school whose package has been loaded."),
            )
            return
        open_returns(self, self.ctx, row.school_id, row.name, self.today)

    def ask_expected(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Expect a school"), self.tr("School name as it will send packages:")
        )
        if ok:
            self.add_expected(name)

    def add_expected(self, name: str) -> uuid.UUID | None:
        return self.ctx.try_perform(
            lambda scope: expectations.add_expected_school(scope, name), self
        )

    def remove_expected(self) -> None:
        row = self.selected()
        if row is None or row.expected_id is None:
            return
        expected = row.expected_id
        self.ctx.try_perform(lambda s: expectations.remove_expected_school(s, expected), self)

    def ask_deadline(self) -> None:
        dialog = DeadlineDialog(self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_deadline(*dialog.values())

    def add_deadline(self, title: str, opens: date, due: date) -> uuid.UUID | None:
        made = self.ctx.try_perform(
            lambda scope: expectations.add_deadline(scope, title, opens, due), self
        )
        if made is not None:
            self.deadline.setCurrentIndex(max(self.deadline.findData(str(made)), 0))
        return made

    def remove_deadline(self) -> None:
        chosen = self.chosen_deadline()
        if chosen is not None:
            self.ctx.try_perform(lambda s: expectations.remove_deadline(s, chosen), self)

    def export(self) -> None:
        path = files.ask_save(
            self, self.tr("Export to Excel"), self.tr("Schools.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
        )  # fmt: skip
        if path is None:
            return
        try:
            export_register(self.model.rows(), path)
        except Exception as err:  # shown in Russian
            show_error(self, err)
