"""Forms for partners, roles, agreements, support measures and the directions catalogue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import PerekhodError
from app.partnership import texts
from app.partnership.agreements import AgreementInput, AgreementRow, DirectionRow, save_agreement
from app.partnership.measures import MeasureInput, MeasureRow, save_measure
from app.partnership.partners import PartnerInput, PartnerRow, add_role, save_partner
from ui.context import UiContext
from ui.errors import error_text
from ui.widgets import forms
from ui.widgets.forms import (
    choice_combo,
    date_edit,
    error_label,
    set_combo,
    to_date,
    to_qdate,
)
from ui.widgets.keys import ctrl_enter_accepts


def text_box(value: str = "", height: int = 60) -> QPlainTextEdit:
    return forms.text_box(value, height)


class FormDialog(QDialog):
    """A form with Save/Cancel; ``op`` runs through ``ctx.perform`` and errors stay here."""

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.form = QFormLayout()
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.result_value: Any = None

    def operation(self) -> Callable:
        raise NotImplementedError

    def save(self) -> None:
        try:
            op = self.operation()
            self.result_value = self.ctx.perform(op)
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return
        self.accept()


class PartnerDialog(FormDialog):
    def __init__(self, ctx: UiContext, partner: PartnerRow | None, parent=None) -> None:
        super().__init__(ctx, self.tr("Partner school"), parent)
        self.partner = partner
        info = partner.as_input() if partner else PartnerInput("")
        self.setMinimumWidth(780)
        self.full_name = QLineEdit(info.full_name)
        self.full_name.setCursorPosition(0)
        self.short_name = QLineEdit(info.short_name)
        self.municipality = QLineEdit(info.municipality)
        self.director = QLineEdit(info.director)
        self.contacts = text_box(info.contacts, 40)
        self.offers = text_box(info.offers, 80)
        self.offers.setPlaceholderText(self.tr("One line per area, e.g. «Chemistry: lessons»"))
        self.needs = text_box(info.needs, 50)
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Short name"), self.short_name)
        self.form.addRow(self.tr("Municipality"), self.municipality)
        self.form.addRow(self.tr("Director"), self.director)
        self.form.addRow(self.tr("Contacts"), self.contacts)
        self.form.addRow(self.tr("What it can offer (by area)"), self.offers)
        self.form.addRow(self.tr("What it needs"), self.needs)

    def operation(self) -> Callable:
        info = PartnerInput(
            self.full_name.text(),
            self.short_name.text(),
            self.municipality.text(),
            self.director.text(),
            self.contacts.toPlainText(),
            self.offers.toPlainText(),
            self.needs.toPlainText(),
        )
        pid = self.partner.id if self.partner else None
        return lambda scope: save_partner(scope, info, pid)


class RoleDialog(FormDialog):
    def __init__(self, ctx: UiContext, partner: PartnerRow, parent=None) -> None:
        super().__init__(ctx, self.tr("Role of %1").replace("%1", partner.short_name), parent)
        self.partner = partner
        self.role = choice_combo(texts.ROLES)
        self.since = date_edit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Role relative to us"), self.role)
        self.form.addRow(self.tr("From"), self.since)
        self.form.addRow(self.tr("Note"), self.note)

    def operation(self) -> Callable:
        role, since, note = self.role.currentData(), to_date(self.since.date()), self.note.text()
        return lambda scope: add_role(scope, self.partner.id, role, since, note)


def check_list(directions: list[DirectionRow], checked: set) -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for d in directions:
        item = QListWidgetItem(d.title)
        item.setToolTip(d.title)
        item.setData(Qt.ItemDataRole.UserRole, d.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        on = d.id in checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class AgreementDialog(FormDialog):
    def __init__(
        self,
        ctx: UiContext,
        partners: list[PartnerRow],
        directions: list[DirectionRow],
        agreement: AgreementRow | None,
        parent=None,
    ) -> None:
        super().__init__(ctx, self.tr("Cooperation agreement"), parent)
        self.setMinimumWidth(900)
        self.agreement = agreement
        self.partner = choice_combo({p.id: p.short_name for p in partners})
        self.number = QLineEdit()
        self.signed_on = date_edit()
        self.valid_until = date_edit(date(date.today().year + 1, 8, 31))
        self.prolonged = QCheckBox(self.tr("Prolonged until"))
        self.prolonged_until = date_edit()
        self.prolongation = QLineEdit()
        self.subject = text_box("", 40)
        self.ours = text_box("", 40)
        self.theirs = text_box("", 40)
        chosen = {d.id for d in agreement.directions} if agreement else set()
        self.directions = check_list(directions, chosen)
        self.directions.setMinimumHeight(140)
        self._layout_rows()
        if agreement:
            self._load(agreement)

    def _layout_rows(self) -> None:
        self.form.addRow(self.tr("Partner school"), self.partner)
        self.form.addRow(self.tr("Number"), self.number)
        self.form.addRow(self.tr("Signed on"), self.signed_on)
        self.form.addRow(self.tr("Valid until"), self.valid_until)
        self.form.addRow(self.prolonged, self.prolonged_until)
        self.form.addRow(self.tr("Prolongation terms"), self.prolongation)
        self.form.addRow(self.tr("Subject"), self.subject)
        self.form.addRow(self.tr("Directions"), self.directions)
        self.form.addRow(self.tr("Our obligations"), self.ours)
        self.form.addRow(self.tr("Partner's obligations"), self.theirs)

    def _load(self, a: AgreementRow) -> None:
        set_combo(self.partner, a.partner_id)
        self.number.setText(a.number)
        self.signed_on.setDate(to_qdate(a.signed_on))
        self.valid_until.setDate(to_qdate(a.valid_until))
        self.prolonged.setChecked(a.prolonged_until is not None)
        if a.prolonged_until:
            self.prolonged_until.setDate(to_qdate(a.prolonged_until))
        self.prolongation.setText(a.prolongation)
        self.subject.setPlainText(a.subject)
        self.ours.setPlainText(a.our_obligations)
        self.theirs.setPlainText(a.partner_obligations)

    def operation(self) -> Callable:
        info = AgreementInput(
            self.partner.currentData(),
            self.number.text(),
            to_date(self.signed_on.date()),
            to_date(self.valid_until.date()),
            self.subject.toPlainText(),
            self.prolongation.text(),
            to_date(self.prolonged_until.date()) if self.prolonged.isChecked() else None,
            self.ours.toPlainText(),
            self.theirs.toPlainText(),
            checked_ids(self.directions),
        )
        aid = self.agreement.id if self.agreement else None
        return lambda scope: save_agreement(scope, info, aid)


class MeasureDialog(FormDialog):
    def __init__(
        self, ctx: UiContext, agreement: AgreementRow, measure: MeasureRow | None, parent=None
    ) -> None:
        super().__init__(ctx, self.tr("Targeted support measure"), parent)
        self.agreement, self.measure_row = agreement, measure
        m = measure.as_input() if measure else None
        self.measure = text_box(m.measure if m else "", 50)
        self.deficit = text_box(m.deficit if m else "", 40)
        self.ours = QLineEdit(m.responsible_ours if m else "")
        self.theirs = QLineEdit(m.responsible_partner if m else "")
        self.starts_on = date_edit(m.starts_on if m else None)
        self.ends_on = date_edit(m.ends_on if m else None)
        self.status = choice_combo(texts.MEASURE_STATUSES)
        set_combo(self.status, m.status if m else "planned")
        self.result = text_box(m.result if m else "", 40)
        self.form.addRow(self.tr("Agreement"), QLineEdit(agreement.label, readOnly=True))
        self.form.addRow(self.tr("Measure"), self.measure)
        self.form.addRow(self.tr("Deficit it addresses"), self.deficit)
        self.form.addRow(self.tr("Responsible (our school)"), self.ours)
        self.form.addRow(self.tr("Responsible (partner)"), self.theirs)
        self.form.addRow(self.tr("From"), self.starts_on)
        self.form.addRow(self.tr("To"), self.ends_on)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Result"), self.result)

    def operation(self) -> Callable:
        info = MeasureInput(
            self.agreement.id,
            self.measure.toPlainText(),
            to_date(self.starts_on.date()),
            to_date(self.ends_on.date()),
            self.deficit.toPlainText(),
            self.ours.text(),
            self.theirs.text(),
            self.status.currentData(),
            self.result.toPlainText(),
        )
        mid = self.measure_row.id if self.measure_row else None
        return lambda scope: save_measure(scope, info, mid)
