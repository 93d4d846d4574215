"""Small building blocks of the programme screens: combos, dates, confirm, error lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from ui.widgets.forms import set_combo
from ui.widgets.keys import ctrl_enter_accepts


def year_combo(years: Iterable[AcademicYear], current: AcademicYear | None) -> QComboBox:
    combo = QComboBox()
    fill_years(combo, years, current)
    return combo


def fill_years(combo: QComboBox, years: Iterable[AcademicYear], current) -> None:
    combo.blockSignals(True)
    combo.clear()
    for year in years:
        combo.addItem(str(year), year)
    set_combo(combo, current)
    combo.blockSignals(False)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No question, «No» by default (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def cell_error_text(sheet: str, cell: str, reason: str) -> str:
    """«Лист «…», строка 7, столбец B: …» from an Excel cell address."""
    match = re.fullmatch(r"([A-Z]+)(\d+)", cell or "")
    if not match:
        return (
            QCoreApplication.translate("ProgrammeWidgets", "Sheet «%1»: %2")
            .replace("%1", sheet)
            .replace("%2", reason)
        )
    return (
        QCoreApplication.translate("ProgrammeWidgets", "Sheet «%1», row %2, column %3: %4")
        .replace("%1", sheet)
        .replace("%2", match.group(2))
        .replace("%3", match.group(1))
        .replace("%4", reason)
    )


class ErrorListDialog(QDialog):
    """A Russian list of every problem found (paste or import); nothing was saved."""

    def __init__(self, parent: QWidget | None, title: str, message: str, lines: list[str]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        head = QLabel(message)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.addItems(lines)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ProgrammeWidgets", "Close")
        )
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)  # Close is its main button
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


def show_errors(parent: QWidget | None, title: str, message: str, lines: list[str]) -> QDialog:
    dialog = ErrorListDialog(parent, title, message, lines)
    dialog.open()
    return dialog


def is_municipal(ctx) -> bool:
    """Whether the screens show the municipality's own project and plan, not a school's
    programme and roadmap: the same screens, with the wording of seed 002. An imported
    school shown at the municipality (``ReadOnlyContext``) is still a school."""
    from app.state import Mode

    own = ctx.installation
    return own.mode is Mode.MUNICIPALITY and ctx.scope.school_id == own.scope.school_id
