"""Add / edit one roadmap activity with every field; saves through the domain."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.errors import PerekhodError
from app.programme import texts
from app.programme.periods import month_bounds, parse_period, quarter_bounds
from app.programme.roadmap import save_activity, validate_activity
from app.programme.rows import ActivityRow, ResourceKind, Status
from ui.context import UiContext
from ui.programme.evidence import EvidenceEditor
from ui.widgets.fit import fit_to_screen
from ui.widgets.forms import (
    choice_combo,
    date_edit,
    error_label,
    set_combo,
    text_box,
    to_date,
    to_qdate,
)
from ui.widgets.keys import ctrl_enter_accepts

MONTH_ORDER = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8)


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return widget.text().strip()


class PeriodEditor(QWidget):
    """Dates, a month, a quarter or the whole year of an academic year."""

    def __init__(self, year: AcademicYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.kind = QComboBox()
        for key, label in (
            ("dates", self.tr("Dates")),
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Whole year")),
        ):
            self.kind.addItem(label, key)
        self.start, self.end = date_edit(year.first_day), date_edit(year.first_day)
        self.month = choice_combo({m: texts.MONTHS[m - 1] for m in MONTH_ORDER})
        self.quarter = choice_combo({q: texts.QUARTERS[q - 1] for q in range(1, 5)})
        self.stack = QStackedWidget()
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(self.end)
        for widget in (dates, self.month, self.quarter, QWidget()):
            self.stack.addWidget(widget)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 1)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)

    def set_row(self, row: ActivityRow) -> None:
        label = row.period_text
        if label in texts.MONTHS:
            self.kind.setCurrentIndex(1)
            set_combo(self.month, texts.MONTHS.index(label) + 1)
        elif label in texts.QUARTERS:
            self.kind.setCurrentIndex(2)
            set_combo(self.quarter, texts.QUARTERS.index(label) + 1)
        elif label == texts.WHOLE_YEAR:
            self.kind.setCurrentIndex(3)
        else:
            self.kind.setCurrentIndex(0)
            for edit, day in ((self.start, row.start), (self.end, row.end or row.start)):
                if day is not None:
                    edit.setDate(to_qdate(day))

    def value(self) -> tuple:
        kind = self.kind.currentData()
        if kind == "month":
            month = self.month.currentData()
            return (*month_bounds(self.year, month), texts.MONTHS[month - 1])
        if kind == "quarter":
            quarter = self.quarter.currentData()
            return (*quarter_bounds(self.year, quarter), texts.QUARTERS[quarter - 1])
        if kind == "year":
            return parse_period("", self.year)
        return to_date(self.start.date()), to_date(self.end.date()), ""


class ActivityDialog(QDialog):
    """A roadmap activity; with ``municipal`` an action of the municipality's plan: filed
    under a plan section, with a «Рекомендации» note and no resources."""

    saved = Signal(object)  # the saved ActivityRow

    def __init__(
        self, ctx: UiContext, row: ActivityRow, tasks, reasons, parent=None, *, municipal=False
    ) -> None:
        super().__init__(parent)
        self.ctx, self.row, self.municipal = ctx, row, municipal
        title = self.tr("New activity") if row.id is None else self.tr("Activity")
        self.setWindowTitle(f"{title} — {row.year}")
        fit_to_screen(self, 1000, 480)
        self._build(tasks, reasons)
        self._load(row)

    def _build(self, tasks, reasons) -> None:
        none = self.tr("— no section —") if self.municipal else self.tr("— no task —")
        self.task = choice_combo({t.id: t.label for t in tasks}, none)
        self.task.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.task.setMinimumContentsLength(30)
        self.title = text_box()
        self.title.setFixedHeight(56)
        self.period = PeriodEditor(self.row.year)
        self.responsible, self.role = QLineEdit(), QLineEdit()
        self.participants = QLineEdit()
        self.value, self.unit = QLineEdit(), QLineEdit()
        self.value.setPlaceholderText(self.tr("number"))
        self.unit.setPlaceholderText(self.tr("unit, e.g. %"))
        self.forecast = text_box()
        self.forecast.setFixedHeight(70)
        self.status = choice_combo({s: texts.STATUSES[s] for s in Status})
        self.actual = text_box()
        self.actual.setFixedHeight(90)
        self.reason = choice_combo({r.id: r.title for r in reasons}, self.tr("— none —"))
        listed = [self.reason.itemData(i) for i in range(self.reason.count())]  # findData():
        if self.row.reason_id and self.row.reason_id not in listed:  # identity, not equality
            self.reason.addItem(self.row.reason_title, self.row.reason_id)  # a hidden reason
        self.reason_text = QLineEdit()
        self.kind = choice_combo({k: texts.RESOURCE_KINDS[k] for k in ResourceKind}, "—")
        self.resources = QLineEdit()
        self.recommendation = text_box()
        self.recommendation.setFixedHeight(56)
        self.evidence = EvidenceEditor()
        self.errors = error_label()
        self.errors.check = lambda: validate_activity(self.collected())
        self.evidence.refused.connect(self.errors.show_message)
        self.evidence.model.dataChanged.connect(lambda *_: self.errors.recheck())
        grid = QGridLayout()
        for column, form in enumerate((self._left(), self._right())):
            box = QVBoxLayout()
            box.addLayout(form)
            box.addStretch(1)
            grid.addLayout(box, 0, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)

    def _left(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 150 % scaling
        forecast = QHBoxLayout()
        forecast.addWidget(self.value)
        forecast.addWidget(self.unit)
        form.addRow(self.tr("Section:") if self.municipal else self.tr("Task:"), self.task)
        form.addRow(self.tr("Activity:"), self.title)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Responsible:"), self.responsible)
        form.addRow(self.tr("Position / role:"), self.role)
        form.addRow(self.tr("Participants:"), self.participants)
        form.addRow(self.tr("Forecast (number):"), forecast)
        form.addRow(self.tr("Forecast result:"), self.forecast)
        return form

    def _right(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 150 % scaling
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Actual result:"), self.actual)
        reason = QHBoxLayout()
        reason.addWidget(self.reason, 1)
        catalogue = QPushButton(self.tr("Catalogue…"))
        catalogue.clicked.connect(self.edit_reasons)
        reason.addWidget(catalogue)
        form.addRow(self.tr("Reason for non-execution:"), reason)
        form.addRow(self.tr("Reason, details:"), self.reason_text)
        if self.municipal:  # the plan's note, as seed 002 has it; resources kept, not shown
            form.addRow(self.tr("Recommendations:"), self.recommendation)
        else:  # a school's activity has no recommendation: kept as it is, not shown
            form.addRow(self.tr("Resources:"), self.kind)
            form.addRow(self.tr("Resources, details:"), self.resources)
        form.addRow(self.tr("Evidence documents:"), self.evidence)
        return form

    def edit_reasons(self) -> None:
        from app.programme.reasons import list_reasons
        from ui.programme.reasons_dialog import ReasonsDialog

        ReasonsDialog(self.ctx, self).exec()
        chosen = self.reason.currentData()
        self.reason.clear()
        self.reason.addItem(self.tr("— none —"), None)
        for r in list_reasons(self.ctx.scope):
            self.reason.addItem(r.title, r.id)
        set_combo(self.reason, chosen)

    def _load(self, row: ActivityRow) -> None:
        set_combo(self.task, row.task_id)
        self.title.setPlainText(row.title)
        self.period.set_row(row)
        self.responsible.setText(row.responsible)
        self.role.setText(row.responsible_role)
        self.participants.setText(row.participants)
        if row.forecast_value is not None:
            self.value.setText(f"{row.forecast_value:g}".replace(".", ","))
        self.unit.setText(row.forecast_unit)
        self.forecast.setPlainText(row.forecast_text)
        set_combo(self.status, Status(row.status))
        self.actual.setPlainText(row.actual_result)
        set_combo(self.reason, row.reason_id)
        self.reason_text.setText(row.reason_text)
        set_combo(self.kind, row.resource_kind)
        self.resources.setText(row.resource_text)
        self.recommendation.setPlainText(row.recommendation)
        self.evidence.set_docs(row.evidence)

    def collected(self) -> ActivityRow:
        """The row as typed; raises PerekhodError on a bad number."""
        start, end, period_text = self.period.value()
        value = _text(self.value).replace(",", ".")
        try:
            number = float(value) if value else None
        except ValueError as err:
            raise PerekhodError(self.tr("The forecast number must be a number.")) from err
        return replace(
            self.row,
            task_id=self.task.currentData(),
            title=_text(self.title),
            start=start,
            end=end,
            period_text=period_text,
            responsible=_text(self.responsible),
            responsible_role=_text(self.role),
            participants=_text(self.participants),
            forecast_value=number,
            forecast_unit=_text(self.unit),
            forecast_text=_text(self.forecast),
            status=self.status.currentData(),
            actual_result=_text(self.actual),
            reason_id=self.reason.currentData(),
            reason_text=_text(self.reason_text),
            resource_kind=self.kind.currentData(),
            resource_text=_text(self.resources),
            recommendation=_text(self.recommendation),
            evidence=self.evidence.docs(),
        )

    def accept(self) -> None:
        try:
            row = self.collected()
            saved = self.ctx.perform(lambda scope: save_activity(scope, row))
        except PerekhodError as err:
            self.errors.show_message(err.message)
            return
        self.saved.emit(saved)
        super().accept()
