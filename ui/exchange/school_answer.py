"""The school's answer to a recommendation of the municipality: what the school decided,
a comment («не согласны» needs one: the use case says so) and the date. The answer travels
to the municipality in the school's next package."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import PerekhodError
from app.municipality.texts import ANSWER_STATUSES
from app.received import ReceivedRecommendation, answer_recommendation
from ui.context import UiContext
from ui.errors import error_text
from ui.widgets.fit import wrapped_label
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


class AnswerDialog(QDialog):
    def __init__(
        self, ctx: UiContext, recommendation: ReceivedRecommendation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recommendation = recommendation
        self.setWindowTitle(self.tr("Answer to the recommendation"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(self._about(recommendation))
        answer = recommendation.answer
        self.status = choice_combo(ANSWER_STATUSES, empty=self.tr("— choose —"))
        set_combo(self.status, answer.status if answer else None)
        self.text = text_box(answer.text if answer else "", 90)
        self.text.setPlaceholderText(self.tr("What the school does, or why it disagrees"))
        self.answered_on = date_edit(answer.answered_on if answer else None)
        self.status.currentIndexChanged.connect(self._status_changed)
        form = QFormLayout()
        form.addRow(self.tr("The school's decision"), self.status)
        form.addRow(self.tr("Comment"), self.text)
        form.addRow(self.tr("Answered on"), self.answered_on)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.status.setFocus()

    def _about(self, recommendation: ReceivedRecommendation) -> QWidget:
        lines = []
        if recommendation.topic:
            lines.append(self.tr("Topic: %1").replace("%1", recommendation.topic))
        lines.append(recommendation.text)
        if recommendation.respond_by is not None:
            due = recommendation.respond_by.strftime("%d.%m.%Y")
            lines.append(self.tr("Answer by %1").replace("%1", due))
        label = wrapped_label("\n\n".join(lines))
        label.setObjectName("recommendationText")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Recommendation of the municipality"))
        QVBoxLayout(box).addWidget(label)
        return box

    def _status_changed(self) -> None:
        self.answered_on.setDate(to_qdate(date.today()))  # a new decision is today's

    def save(self) -> None:
        status, text = self.status.currentData(), self.text.toPlainText()
        day, rid = to_date(self.answered_on.date()), self.recommendation.id
        try:
            self.ctx.perform(lambda scope: answer_recommendation(scope, rid, status, text, day))
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return
        self.accept()
