"""Главная: who we are, the current academic year, and what needs attention."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import Changes
from app.state import Mode
from ui.context import UiContext
from ui.sections.base import Section
from ui.sections.placeholder import heading_label


class HomeSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        self.heading = heading_label("", 1.6)
        self.layout_.addWidget(self.heading)
        self.year_label = QLabel()
        self.layout_.addWidget(self.year_label)
        self.layout_.addWidget(self._backup_row())

        self.profile_box = QGroupBox(self.tr("Organisation"))
        self.profile_form = QFormLayout(self.profile_box)
        self.layout_.addWidget(self.profile_box)
        # Later sections add their own panels (reminders, dashboards) below this line.
        self.panels = QVBoxLayout()
        self.layout_.addLayout(self.panels)
        if ctx.installation.mode is Mode.SCHOOL:  # roadmap reminders, owned by ui/programme
            from ui.programme.reminders import RemindersPanel

            self.panels.addWidget(RemindersPanel(ctx))
        self.layout_.addStretch(1)

    def _backup_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Go to backups"))
        self.backup_button.clicked.connect(self._open_backups)
        layout.addWidget(self.backup_note, 1)
        layout.addWidget(self.backup_button)
        return row

    def wants(self, changes: Changes) -> bool:
        return changes.profile or changes.backups

    def refresh(self) -> None:
        year = AcademicYear.current()
        self.year_label.setText(self.tr("Current academic year: %1").replace("%1", str(year)))
        self._show_backup_state()
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        if self.ctx.installation.mode is Mode.SCHOOL:
            rows = self._school_rows()
        else:
            rows = self._municipality_rows()
        for label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            self.profile_form.addRow(label + ":", text)

    def _school_rows(self) -> list[tuple[str, str]]:
        from app.home import own_school

        info = own_school(self.ctx.installation)
        self.heading.setText(info.short_name)
        flags = [
            (info.is_rural, self.tr("rural")),
            (info.is_small, self.tr("small")),
            (info.low_results, self.tr("low educational results")),
            (info.hard_social_conditions, self.tr("difficult social conditions")),
        ]
        return [
            (self.tr("Full name"), info.full_name),
            (self.tr("Municipality"), info.municipality),
            (self.tr("Director"), info.director),
            (self.tr("Address"), info.address),
            (self.tr("Contacts"), ", ".join(v for v in (info.phone, info.email) if v)),
            (self.tr("Characteristics"), ", ".join(text for on, text in flags if on)),
            (
                self.tr("Pupils / teachers / classes"),
                f"{info.pupils} / {info.teachers} / {info.classes}",
            ),
        ]

    def _municipality_rows(self) -> list[tuple[str, str]]:
        from app.home import own_municipality

        info = own_municipality(self.ctx.installation)
        self.heading.setText(info.short_name)
        return [
            (self.tr("Education authority"), info.name),
            (self.tr("Methodologist"), info.methodologist),
            (self.tr("Contacts"), ", ".join(v for v in (info.phone, info.email) if v)),
        ]

    def _show_backup_state(self) -> None:
        last = self.ctx.installation.state.last_backup_at
        if last is None:
            text = self.tr("No backup has been made yet. Make one and keep a copy on a USB stick.")
        else:
            moment = last.astimezone().strftime("%d.%m.%Y %H:%M")
            text = self.tr("Last backup: %1.").replace("%1", moment)
        self.backup_note.setText(text)

    def _open_backups(self) -> None:
        window = self.window()
        if hasattr(window, "open_section"):
            window.open_section("backups")
