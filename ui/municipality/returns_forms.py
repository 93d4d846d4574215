"""The forms of «Для школы»: a recommendation, a partner assignment, a monitoring figure.
Each saves through the municipality's own use cases (app.municipality.returns); a refusal
stays in the form, in red under its fields, until the input is fixed.

A recommendation changed or removed by another methodologist since the form opened (a hub's
PCs share it) is not overwritten: the form keeps the text typed, says so, and offers to
load the version saved now beside it; the next Save then replaces that version knowingly."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import ConflictError, PerekhodError
from app.indicators.catalogue import IndicatorRow
from app.indicators.common import format_number, parse_number
from app.municipality import returns
from app.municipality.returns import FigureRow, RecommendationRow
from app.partnership.texts import ROLES
from app.scope import SchoolScope
from ui.context import UiContext
from ui.errors import error_text
from ui.programme.widgets import year_combo
from ui.widgets.forms import (
    ERROR_COLOUR,
    choice_combo,
    date_edit,
    error_label,
    set_combo,
    text_box,
    to_date,
)
from ui.widgets.keys import ctrl_enter_accepts

Op = Callable[[SchoolScope], OpResult]
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def years_around(today: date, *also: AcademicYear) -> list[AcademicYear]:
    """The years a methodologist writes for: two back, the current one and the next."""
    current = AcademicYear.current(today)
    years = {AcademicYear(current.start_year + step) for step in (-2, -1, 0, 1)}
    return sorted(years | set(also))


class ReturnForm(QDialog):
    """Save/Cancel over a form; ``operation`` is what Save performs."""

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.error)
        self.outer = outer
        outer.addWidget(self.buttons)
        ctrl_enter_accepts(self)
        self.saved: uuid.UUID | None = None

    def operation(self) -> Op:
        raise NotImplementedError

    def save(self) -> bool:
        try:
            self.saved = self.ctx.perform(self.operation())
        except ConflictError as err:
            self.conflict(err)
            return False
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return False
        self.accept()
        return True

    def conflict(self, err: ConflictError) -> None:
        self.error.show_message(error_text(err))


class RecommendationForm(ReturnForm):
    # the stored recommendations changed (another user's save found): the list behind reloads
    stale = Signal()

    def __init__(
        self,
        ctx: UiContext,
        school_id: uuid.UUID,
        row: RecommendationRow | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit recommendation") if row else self.tr("New recommendation")
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(680)
        self.school_id, self.row = school_id, row
        today = today or date.today()
        current = row.year if row else AcademicYear.current(today)
        self.year = year_combo(years_around(today, current), current)
        self.topic = QLineEdit(row.topic if row else "")
        self.topic.setMaxLength(300)
        self.topic.setPlaceholderText(self.tr("e.g. «Preparation for the state exams»"))
        self.text = text_box(row.text if row else "", 150)
        self.text.setPlaceholderText(self.tr("What the school is recommended to do"))
        self.needs_answer = QCheckBox(self.tr("Answer by"))
        self.respond_by = date_edit(row.respond_by if row and row.respond_by else today)
        self.needs_answer.toggled.connect(self.respond_by.setEnabled)
        self.needs_answer.setChecked(bool(row and row.respond_by))
        self.respond_by.setEnabled(self.needs_answer.isChecked())
        self.form.addRow(self.tr("Academic year"), self.year)
        self.form.addRow(self.tr("Topic"), self.topic)
        self.form.addRow(self.tr("Recommendation"), self.text)
        self.form.addRow(self.needs_answer, self.respond_by)
        self._conflict_panel()
        self.text.setFocus()

    def _conflict_panel(self) -> None:
        """Hidden until a save meets another user's change: what happened, the button that
        loads the version saved now, and (once loaded) that version, read-only."""
        self.clash = QWidget()
        self.clash_note = QLabel()
        self.clash_note.setWordWrap(True)
        self.clash_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.reload_button = QPushButton(self.tr("Reload data"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        self.stored = QPlainTextEdit()
        self.stored.setReadOnly(True)
        self.stored.setTabChangesFocus(True)
        self.stored.setAccessibleName(self.tr("The recommendation as saved now"))
        self.stored.setMaximumHeight(5 * self.stored.fontMetrics().lineSpacing() + 12)
        self.stored.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clash_note, 1)
        row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        panel = QVBoxLayout(self.clash)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addLayout(row)
        panel.addWidget(self.stored)
        self.clash.hide()
        self.outer.insertWidget(self.outer.indexOf(self.error) + 1, self.clash)

    def conflict(self, err: ConflictError) -> None:
        """Keep everything typed; say why, offer the current version, reload the list."""
        self.error.show_message("")
        self.clash_note.setText(error_text(err))
        self.reload_button.show()
        self.stored.hide()
        self.clash.show()
        self.stale.emit()

    def reload(self) -> None:
        """Load the version saved now (shown beside the text typed, which stays): the next
        Save replaces that version, or adds the text anew when the recommendation is gone."""
        if self.row is None:
            return
        current = returns.recommendation(self.ctx.scope, self.school_id, self.row.id)
        self.reload_button.hide()
        if current is None:
            self.row = None
            self.setWindowTitle(self.tr("New recommendation"))
            self.clash_note.setText(
                self.tr(
                    "The recommendation was removed by another user. Your text is kept: "
                    "Save adds it as a new recommendation, Cancel drops it."
                )
            )
        else:
            self.row = current
            self.clash_note.setText(
                self.tr(
                    "Below is the recommendation as saved now. Your text is kept in the form: "
                    "Save replaces the saved version with it, Cancel keeps the saved one."
                )
            )
            saved = f"{current.topic}. {current.text}" if current.topic else current.text
            self.stored.setPlainText(saved)
            self.stored.show()
        self.stale.emit()

    def operation(self) -> Op:
        data = returns.RecommendationInput(
            year=self.year.currentData(),
            text=self.text.toPlainText(),
            topic=self.topic.text(),
            issued_on=self.row.issued_on if self.row else None,
            respond_by=to_date(self.respond_by.date()) if self.needs_answer.isChecked() else None,
        )
        school = self.school_id
        row_id, version = (self.row.id, self.row.version) if self.row else (None, None)
        return lambda scope: returns.save_recommendation(scope, school, data, row_id, version)


class AssignmentForm(ReturnForm):
    def __init__(
        self,
        ctx: UiContext,
        school_id: uuid.UUID,
        names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Assign a partner school"), parent)
        self.setMinimumWidth(680)
        self.school_id = school_id
        self.partner = QComboBox()  # the district's schools offered, any name typed
        self.partner.setEditable(True)
        self.partner.addItems(list(names))
        self.partner.setCurrentIndex(-1)
        self.partner.lineEdit().setPlaceholderText(self.tr("Full name of the partner school"))
        self.partner.setMinimumContentsLength(30)
        self.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role = choice_combo(ROLES)
        self.starts_on = date_edit()
        self.note = text_box("", 70)
        self.form.addRow(self.tr("Partner school"), self.partner)
        self.form.addRow(self.tr("Its role for the school"), self.role)
        self.form.addRow(self.tr("From"), self.starts_on)
        self.form.addRow(self.tr("Note"), self.note)

    def operation(self) -> Op:
        school, name = self.school_id, self.partner.currentText()
        role, since = self.role.currentData(), to_date(self.starts_on.date())
        note = self.note.toPlainText()
        return lambda scope: returns.assign_partner(scope, school, name, role, since, note)


class FigureForm(ReturnForm):
    """A monitoring figure: a new one, or the one of the chosen indicator and year
    corrected (the form shows what is held for them)."""

    def __init__(
        self,
        ctx: UiContext,
        school_id: uuid.UUID,
        indicators: Sequence[IndicatorRow],
        figures: Sequence[FigureRow],
        row: FigureRow | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Correct monitoring figure") if row else self.tr("Monitoring figure")
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(640)
        self.school_id = school_id
        self.units = {i.id: i.unit for i in indicators}
        self.held = {(f.indicator_id, f.year): f for f in figures}
        self.indicator = QComboBox()
        self.indicator.setMinimumContentsLength(30)
        self.indicator.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for item in indicators:
            unit = f", {item.unit}" if item.unit else ""
            self.indicator.addItem(f"{item.name}{unit}", item.id)
            self.indicator.setItemData(self.indicator.count() - 1, item.name, TOOLTIP)
        year = row.year if row else AcademicYear.current(today or date.today()).previous()
        self.year = year_combo(years_around(today or date.today(), year), year)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 72,5"))
        self.note = text_box("", 60)
        self.form.addRow(self.tr("Indicator"), self.indicator)
        self.form.addRow(self.tr("Academic year"), self.year)
        self.form.addRow(self.tr("Value"), self.value)
        self.form.addRow(self.tr("Note"), self.note)
        if row is not None:
            set_combo(self.indicator, row.indicator_id)
        self._show_held()
        self.indicator.currentIndexChanged.connect(self._show_held)
        self.year.currentIndexChanged.connect(self._show_held)

    def _show_held(self) -> None:
        """The figure already held for the indicator and year (a correction), or blanks."""
        held = self.held.get((self.indicator.currentData(), self.year.currentData()))
        self.value.setText(format_number(held.value) if held else "")
        self.note.setPlainText(held.note if held else "")

    def operation(self) -> Op:
        indicator, year = self.indicator.currentData(), self.year.currentData()
        value = parse_number(self.value.text(), self.units.get(indicator, ""))
        if value is None:
            value = float("nan")  # refused with the use case's own wording
        school, note = self.school_id, self.note.toPlainText()
        return lambda scope: returns.set_figure(scope, school, indicator, year, value, note)
