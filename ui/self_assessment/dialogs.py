"""Dialogs: a new run, a reason to reopen, a deficit or strength, a support-measure request."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.self_assessment.catalogue import InstrumentRow
from app.self_assessment.runs import Member
from ui.widgets.fit import limit_combo
from ui.widgets.forms import text_box
from ui.widgets.keys import ctrl_enter_accepts

TEAM_ROWS = 8


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    ctrl_enter_accepts(dialog)
    return box


class TeamTable(QTableWidget):
    """Names and roles of the team, one person per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TEAM_ROWS, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role in the team")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def set_members(self, members: tuple[Member, ...] | list[Member]) -> None:
        self.setRowCount(max(TEAM_ROWS, len(members) + 2))
        for row, member in enumerate(members):
            self.setItem(row, 0, QTableWidgetItem(member.name))
            self.setItem(row, 1, QTableWidgetItem(member.role))

    def members(self) -> list[Member]:
        result = []
        for row in range(self.rowCount()):
            name, role = (
                self.item(row, c).text().strip() if self.item(row, c) else "" for c in (0, 1)
            )
            if name or role:
                result.append(Member(name, role))
        return result


class NewRunDialog(QDialog):
    def __init__(
        self,
        instruments: list[InstrumentRow],
        years: list[AcademicYear],
        current: AcademicYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New self-assessment"))
        self.resize(640, 480)
        self.instrument = QComboBox()
        for row in instruments:
            label = self.tr("%1, version %2").replace("%1", row.title).replace("%2", row.version)
            self.instrument.addItem(label, row.id)
        self.year = QComboBox()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, years.index(current) if current in years else 0))
        self.team = TeamTable()
        form = QFormLayout()
        form.addRow(self.tr("Instrument:"), self.instrument)
        form.addRow(self.tr("Academic year:"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Team taking part (names and roles):")))
        layout.addWidget(self.team)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[uuid.UUID, AcademicYear, list[Member]]:
        return self.instrument.currentData(), self.year.currentData(), self.team.members()


class TeamDialog(QDialog):
    def __init__(self, members: tuple[Member, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team"))
        self.resize(600, 360)
        self.team = TeamTable()
        self.team.set_members(members)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team)
        layout.addWidget(_buttons(self))


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the self-assessment"))
        self.resize(520, 240)
        self.reason = text_box()
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Why is the finished self-assessment opened again? The reason is recorded.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self))

    def text(self) -> str:
        return self.reason.toPlainText()


class EntryDialog(QDialog):
    """A deficit (``strength`` False) or a strength: text, area, confirmed, offer."""

    def __init__(
        self,
        strength: bool,
        years: list[AcademicYear],
        year: AcademicYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Strength") if strength else self.tr("Deficit"))
        self.resize(560, 300)
        self.text = text_box()
        self.area = QLineEdit()
        self.year = QComboBox()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(years.index(year) if year in years else 0)
        self.confirmed = QCheckBox(self.tr("Confirmed by the team"))
        self.confirmed.setChecked(True)
        self.offer = QCheckBox(self.tr("We can offer this to partners"))
        self.offer.setVisible(strength)
        form = QFormLayout()
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Area:"), self.area)
        form.addRow(self.tr("Academic year:"), self.year)
        form.addRow("", self.confirmed)
        form.addRow("", self.offer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def fill(self, text: str, area: str, confirmed: bool, offer: bool = False) -> None:
        self.text.setPlainText(text)
        self.area.setText(area)
        self.confirmed.setChecked(confirmed)
        self.offer.setChecked(offer)
        self.year.setEnabled(False)


class MeasureDialog(QDialog):
    """Request a partner's support measure for a deficit (prefilled from it)."""

    def __init__(
        self,
        agreements: list[tuple[uuid.UUID, str]],
        deficit_text: str,
        year: AcademicYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request a support measure"))
        self.resize(620, 300)
        self.agreement = limit_combo(QComboBox(), 50)
        for agreement_id, label in agreements:
            self.agreement.addItem(label, agreement_id)
        self.measure = text_box(self.tr("Targeted support: %1").replace("%1", deficit_text))
        today = date.today()
        current = AcademicYear.containing(today)
        start = max(today, year.first_day)
        end = (
            date(current.end_year, 5, 31)
            if start <= date(current.end_year, 5, 31)
            else current.last_day
        )
        self.starts = QDateEdit(_qdate(start))
        self.ends = QDateEdit(_qdate(max(end, start)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Agreement:"), self.agreement)
        form.addRow(self.tr("Measure:"), self.measure)
        form.addRow(self.tr("From:"), self.starts)
        form.addRow(self.tr("To:"), self.ends)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[uuid.UUID, date, date, str]:
        return (
            self.agreement.currentData(),
            self.starts.date().toPython(),
            self.ends.date().toPython(),
            self.measure.toPlainText(),
        )


class LinkDialog(QDialog):
    """Choose a joint event, support measure or indicator to link to a deficit."""

    def __init__(
        self, title: str, choices: list[tuple[uuid.UUID, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 140)
        self.choice = limit_combo(QComboBox(), 50)  # a long event topic must not widen it
        self.choice.setEditable(False)
        for target_id, label in choices:
            self.choice.addItem(label, target_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(_buttons(self))

    def value(self) -> uuid.UUID | None:
        return self.choice.currentData()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ActionDialog(QDialog):
    """A programme task or roadmap activity worded from a deficit (prefilled, editable)."""

    def __init__(
        self,
        title: str,
        text: str,
        years: list[AcademicYear] | None = None,
        year: AcademicYear | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 240)
        self.text = text_box(text)
        self.year = QComboBox()
        for y in years or []:
            self.year.addItem(str(y), y)
        if year is not None:
            self.year.setCurrentIndex(max(0, self.year.findData(year)))
        form = QFormLayout()
        form.addRow(self.tr("Wording:"), self.text)
        if years:
            form.addRow(self.tr("Academic year:"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[str, AcademicYear | None]:
        return self.text.toPlainText().strip(), self.year.currentData()
