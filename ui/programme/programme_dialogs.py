"""Small dialogs of «Программа перехода»: new programme, task, planned result, achievement."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.errors import PerekhodError
from app.programme.results import AchievementRow
from app.programme.rows import Achievement
from ui.programme.programme_models import NO_LEVEL, level_choices
from ui.widgets.fit import limit_combo
from ui.widgets.forms import choice_combo, error_label, set_combo, text_box
from ui.widgets.keys import ctrl_enter_accepts


class FormDialog(QDialog):
    """A form + Russian error line + Save/Cancel; ``save()`` returns False to stay open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.on_save: Callable[[], Any] | None = None
        self.resize(620, 260)

    def accept(self) -> None:
        try:
            if self.on_save is not None:
                self.on_save()
        except PerekhodError as err:
            self.errors.show_message(err.message)
            return
        super().accept()


def text_edit(value: str = "", height: int = 80) -> QPlainTextEdit:
    edit = text_box(value)
    edit.setFixedHeight(height)
    return edit


def years_combo(years: list[AcademicYear], chosen: AcademicYear) -> QComboBox:
    return_combo = choice_combo({y: str(y) for y in years})
    set_combo(return_combo, chosen)
    return return_combo


class NewProgrammeDialog(FormDialog):
    """A school's new programme, or (``municipal``) the municipality's new project."""

    def __init__(self, years: list[AcademicYear], parent=None, *, municipal: bool = False):
        super().__init__(self.tr("New project") if municipal else self.tr("New programme"), parent)
        current = AcademicYear.current()
        title = (
            self.tr("Improving the quality of education in schools with low results")
            if municipal
            else self.tr("Programme of transition to effective operation")
        )
        self.title = QLineEdit(title)
        self.first = years_combo(years, current)
        self.last = years_combo(years, years[-1])
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("From academic year:"), self.first)
        self.form.addRow(self.tr("To academic year:"), self.last)


class TaskDialog(FormDialog):
    """A programme's task, or (``municipal``) a section of the municipality's plan."""

    def __init__(self, number: int, text: str, parent=None, *, municipal: bool = False):
        super().__init__(self.tr("Plan section") if municipal else self.tr("Task"), parent)
        self.number = QSpinBox()
        self.number.setRange(1, 99)
        self.number.setValue(number)
        self.text = text_edit(text, 100)
        self.form.addRow(self.tr("Number:"), self.number)
        self.form.addRow(self.tr("Wording:"), self.text)


class ResultDialog(FormDialog):
    def __init__(self, tasks: list, task_id, text: str, parent=None, *, municipal=False):
        super().__init__(self.tr("Planned result"), parent)
        self.task = limit_combo(choice_combo({t.id: t.label for t in tasks}), 40)
        set_combo(self.task, task_id)
        self.text = text_edit(text, 100)
        self.form.addRow(self.tr("Section:") if municipal else self.tr("Task:"), self.task)
        self.form.addRow(self.tr("Planned result:"), self.text)


class AchievementDialog(FormDialog):
    """Degree of achievement of one result in one year, with evidence and a comment."""

    def __init__(self, result_text: str, year, found: AchievementRow | None, parent=None):
        super().__init__(self.tr("Degree of achievement — %1").replace("%1", str(year)), parent)
        self.level = choice_combo(level_choices())
        set_combo(self.level, str(found.level) if found else NO_LEVEL)
        self.wording = QLineEdit(found.wording if found else "")
        self.wording.setPlaceholderText(self.tr("e.g. Developed, partly implemented"))
        self.wording.setToolTip(
            self.tr("Printed instead of the degree's standard title when filled in")
        )
        self.evidence = QLineEdit(found.evidence if found else "")
        self.comment = text_edit(found.comment if found else "")
        shown = text_edit(result_text, 60)
        shown.setReadOnly(True)
        self.form.addRow(self.tr("Planned result:"), shown)
        self.form.addRow(self.tr("Degree:"), self.level)
        self.form.addRow(self.tr("In your own words:"), self.wording)
        self.form.addRow(self.tr("Evidence:"), self.evidence)
        self.form.addRow(self.tr("Comment:"), self.comment)

    def value(self) -> AchievementRow | None:
        level = self.level.currentData()
        if level in (None, NO_LEVEL):
            return None
        return AchievementRow(
            Achievement(level),
            self.evidence.text().strip(),
            self.comment.toPlainText().strip(),
            self.wording.text().strip(),
        )
