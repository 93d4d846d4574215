"""Главная: who we are, the current academic year, and what needs attention."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.academic_year import AcademicYear
from app.changes import Changes
from app.state import Mode
from ui.context import UiContext
from ui.sections.base import Section


class HomeSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.year_label = QLabel()
        self.layout_.addWidget(self.year_label)

        self.profile_box = QGroupBox(self.tr("Organisation"))
        self.profile_form = QFormLayout(self.profile_box)
        self.layout_.addWidget(self.profile_box)
        # Later sections add their own panels (reminders, dashboards) below this line.
        self.panels = QVBoxLayout()
        self.layout_.addLayout(self.panels)
        self.layout_.addStretch(1)

    def wants(self, changes: Changes) -> bool:
        return changes.profile or changes.backups

    def refresh(self) -> None:
        from app.profile import own_municipality, own_school

        year = AcademicYear.current()
        self.year_label.setText(self.tr("Current academic year: %1").replace("%1", str(year)))
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        if self.ctx.installation.mode is Mode.SCHOOL:
            info = own_school(self.ctx.installation)
            self.heading.setText(info.short_name)
            rows = [
                (self.tr("Full name"), info.full_name),
                (self.tr("Municipality"), info.municipality),
                (self.tr("Director"), info.director),
                (self.tr("Address"), info.address),
                (
                    self.tr("Pupils / teachers / classes"),
                    f"{info.pupils} / {info.teachers} / {info.classes}",
                ),
            ]
        else:
            info = own_municipality(self.ctx.installation)
            self.heading.setText(info.short_name)
            rows = [
                (self.tr("Education authority"), info.name),
                (self.tr("Methodologist"), info.methodologist),
            ]
        for label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            self.profile_form.addRow(label + ":", text)
