"""Add or edit a joint event, with validation messages in Russian next to the buttons."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import PerekhodError
from app.partnership import texts
from app.partnership.agreements import DirectionRow
from app.partnership.events import (
    CATEGORY_KEYS,
    SIDES,
    EventInput,
    EventRow,
    save_event,
    save_event_serving,
    validate_event,
)
from app.partnership.measures import MeasureRow
from app.partnership.partners import PartnerRow
from app.programme.roadmap import list_activities
from app.programme.rows import ActivityRow
from app.scope import SchoolScope
from ui.context import UiContext
from ui.errors import error_text
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


class EventDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        partners: list[PartnerRow],
        measures: list[MeasureRow],
        directions: list[DirectionRow],
        event: EventRow | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.editing, self.measures = ctx, event, measures
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Joint event") if event else self.tr("New joint event"))
        fit_to_screen(self, 1040, 460)
        body = QHBoxLayout()
        body.addLayout(self._main_form(partners, day), 1)
        body.addLayout(self._side(directions), 1)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self.error.check = lambda: validate_event(self.value())
        ctrl_enter_accepts(self)
        self.partner.currentIndexChanged.connect(self._fill_measures)
        self._fill_measures()
        self.activities = list_activities(ctx.scope)
        self.initial_activity = next(
            (a.id for a in self.activities if event and event.id in a.event_ids), None
        )
        self.day.dateChanged.connect(lambda _d: self._fill_activities())
        if event is not None:
            self._load(event)
        self._fill_activities()
        set_combo(self.activity, self.initial_activity)

    def _main_form(self, partners: list[PartnerRow], day: date | None) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 150 % scaling
        self.partner = choice_combo({p.id: p.short_name for p in partners})
        self.kind = choice_combo(texts.EVENT_KINDS)
        self.day = date_edit(day)
        self.topic = QLineEdit()
        self.planned = QCheckBox(self.tr("Planned"))
        self.planned.setChecked(True)
        self.held = QCheckBox(self.tr("Held"))
        flags = QHBoxLayout()
        flags.addWidget(self.planned)
        flags.addWidget(self.held)
        flags.addStretch(1)
        self.form = choice_combo(texts.FORMS)
        self.stage = choice_combo(texts.STAGES)
        set_combo(self.stage, "joint_work")
        self.organiser = choice_combo(texts.ORGANISERS)
        set_combo(self.organiser, "partner")
        self.measure = choice_combo({}, self.tr("— none —"))
        form.addRow(self.tr("Partner school"), self.partner)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Plan"), flags)
        form.addRow(self.tr("Format"), self.form)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Support measure"), self.measure)
        self.activity = QComboBox()
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity.setMinimumContentsLength(30)
        form.addRow(self.tr("Roadmap activity"), self.activity)
        form.addRow(self._participants())
        return form

    def _participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Participants"))
        grid = QGridLayout(box)
        headers = (self.tr("Teachers"), self.tr("Pupils"), self.tr("Parents"), self.tr("Admin."))
        for col, header in enumerate(headers, start=1):
            grid.addWidget(QLabel(header), 0, col, Qt.AlignmentFlag.AlignCenter)
        self.counts: dict[str, QSpinBox] = {}
        for row, (side, label) in enumerate(
            zip(SIDES, (self.tr("Our school"), self.tr("Partner")), strict=True), start=1
        ):
            grid.addWidget(QLabel(label), row, 0)
            for col, cat in enumerate(CATEGORY_KEYS, start=1):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                self.counts[f"{side}_{cat}"] = spin
                grid.addWidget(spin, row, col)
        return box

    def _side(self, directions: list[DirectionRow]) -> QVBoxLayout:
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Directions of cooperation served")))
        self.directions = QListWidget()
        self.directions.setWordWrap(True)
        self.directions.setMinimumHeight(190)
        self.directions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for d in directions:
            item = QListWidgetItem(d.title)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(d.title)
            self.directions.addItem(item)
        side.addWidget(self.directions)
        self.outcomes = text_box()
        self.reflection = text_box()
        side.addWidget(QLabel(self.tr("Outcomes")))
        side.addWidget(self.outcomes)
        side.addWidget(QLabel(self.tr("Reflection and feedback")))
        side.addWidget(self.reflection)
        return side

    def _fill_measures(self) -> None:
        partner_id = self.partner.currentData()
        keep = self.measure.currentData()
        while self.measure.count() > 1:
            self.measure.removeItem(1)
        for m in self.measures:
            if m.partner_id == partner_id:
                self.measure.addItem(m.measure, m.id)
        set_combo(self.measure, keep)

    def _fill_activities(self) -> None:
        """None + the roadmap activities of the academic year of the event's day."""
        keep = self.activity.currentData() if self.activity.count() else self.initial_activity
        year = AcademicYear.containing(to_date(self.day.date()))
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItem(self.tr("— none —"), None)
        for a in self.activities:
            if a.year == year or a.id == keep:
                self.activity.addItem(_activity_label(a), a.id)
                self.activity.setItemData(
                    self.activity.count() - 1, a.title, Qt.ItemDataRole.ToolTipRole
                )
        set_combo(self.activity, keep)
        self.activity.blockSignals(False)

    def _load(self, e: EventRow) -> None:
        set_combo(self.partner, e.partner_id)
        set_combo(self.kind, e.kind)
        self.day.setDate(to_qdate(e.day))
        self.topic.setText(e.topic)
        self.planned.setChecked(e.was_planned)
        self.held.setChecked(e.held)
        set_combo(self.form, e.form)
        set_combo(self.stage, e.stage)
        set_combo(self.organiser, e.organiser)
        set_combo(self.measure, e.measure_id)
        for name, spin in self.counts.items():
            spin.setValue(e.counts.get(name, 0))
        for i in range(self.directions.count()):
            item = self.directions.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in e.direction_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.outcomes.setPlainText(e.outcomes)
        self.reflection.setPlainText(e.reflection)

    def value(self) -> EventInput:
        checked = [
            self.directions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.directions.count())
            if self.directions.item(i).checkState() == Qt.CheckState.Checked
        ]
        return EventInput(
            partner_id=self.partner.currentData(),
            kind=self.kind.currentData(),
            day=to_date(self.day.date()),
            topic=self.topic.text(),
            was_planned=self.planned.isChecked(),
            held=self.held.isChecked(),
            form=self.form.currentData(),
            stage=self.stage.currentData(),
            organiser=self.organiser.currentData(),
            outcomes=self.outcomes.toPlainText(),
            reflection=self.reflection.toPlainText(),
            measure_id=self.measure.currentData(),
            direction_ids=checked,
            counts={name: spin.value() for name, spin in self.counts.items()},
        )

    def save(self) -> None:
        info = self.value()
        event_id = self.editing.id if self.editing else None
        activity = self.activity.currentData()
        changed = activity != self.initial_activity

        def op(scope: SchoolScope) -> OpResult[uuid.UUID]:
            if changed:
                return save_event_serving(scope, info, event_id, activity)
            return save_event(scope, info, event_id)

        try:
            self.saved_id = self.ctx.perform(op)
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return
        self.accept()


def _activity_label(a: ActivityRow) -> str:
    return f"{a.title} ({a.year})"
