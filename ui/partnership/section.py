"""The «Partnership» section: dashboard, events list, calendar, partners, agreements."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import Changes
from app.partnership import agreements as ag
from app.partnership import events as ev
from app.partnership import measures as me
from app.partnership import partners as pa
from app.partnership.report_data import criteria_of, years_with_data
from ui.context import UiContext
from ui.partnership.actions import PartnershipActions
from ui.partnership.agreements_page import AgreementsPage
from ui.partnership.calendar_page import CalendarPage
from ui.partnership.dashboard import PartnershipDashboard
from ui.partnership.events_page import EventsPage
from ui.partnership.partners_page import PartnersPage
from ui.sections.base import Section


class PartnershipSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        self.data: dict = {}
        self.year = QComboBox()
        self.partner = QComboBox()
        self.year.currentIndexChanged.connect(self._filters_changed)
        self.partner.currentIndexChanged.connect(self._filters_changed)
        top = QHBoxLayout()
        for label, combo in (
            (self.tr("Academic year"), self.year),
            (self.tr("Partner"), self.partner),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(combo)
        self.partner.setMinimumWidth(260)
        top.addStretch(1)
        self.tabs = QTabWidget()
        self.dashboard = PartnershipDashboard()
        self.events = EventsPage()
        self.calendar = CalendarPage()
        self.partners = PartnersPage()
        self.agreements = AgreementsPage()
        for widget, title in (
            (self.dashboard, self.tr("Dashboard")),
            (self.events, self.tr("Events")),
            (self.calendar, self.tr("Calendar")),
            (self.partners, self.tr("Partner schools")),
            (self.agreements, self.tr("Agreements and support plan")),
        ):
            self.tabs.addTab(widget, title)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)
        self.actions = PartnershipActions(self)
        self._pending = Changes()  # what changed since the last refresh (from the bus)

    def wants(self, changes: Changes) -> bool:
        return changes.partnership or changes.profile or changes.roadmap

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and self.wants(changes):
            self._pending = self._pending | changes
        super()._on_changed(changes, initiator)

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        pending, self._pending = self._pending, Changes()
        if self.data and pending.roadmap and not (pending.partnership or pending.profile):
            self._refresh_activity_titles()
            return
        scope = self.ctx.scope
        self.today = date.today()
        self.data = {
            "partners": pa.list_partners(scope),
            "agreements": ag.list_agreements(scope),
            "measures": me.list_measures(scope),
            "events": ev.list_events(scope),
            "directions": ag.list_directions(scope),
            "activity_of": ev.activity_titles(scope),
        }
        self._fill_filters(years_with_data(scope) | {AcademicYear.containing(self.today)})
        self._filters_changed()

    def _fill_filters(self, years: set[AcademicYear]) -> None:
        year, partner = self.year.currentData(), self.partner.currentData()
        for combo in (self.year, self.partner):
            combo.blockSignals(True)
            combo.clear()
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y.start_year)
        self.partner.addItem(self.tr("All partners"), None)
        for p in self.data["partners"]:
            self.partner.addItem(p.short_name, str(p.id))
        current = AcademicYear.containing(self.today)
        self.year.setCurrentIndex(max(self.year.findData(year or current.start_year), 0))
        self.partner.setCurrentIndex(max(self.partner.findData(partner), 0))
        for combo in (self.year, self.partner):
            combo.blockSignals(False)

    def selected_year(self) -> AcademicYear:
        start = self.year.currentData()
        return AcademicYear(start) if start else AcademicYear.containing(self.today)

    def selected_partner(self) -> uuid.UUID | None:
        value = self.partner.currentData()
        return uuid.UUID(value) if value else None

    def _refresh_activity_titles(self) -> None:
        """A roadmap edit changes only the «Roadmap activity» column of the events."""
        self.data["activity_of"] = ev.activity_titles(self.ctx.scope)
        self.events.set_events(self._year_events(), self.data["activity_of"])

    def _year_events(self) -> list:
        year, pid = self.selected_year(), self.selected_partner()
        return [
            e
            for e in self.data["events"]
            if year.contains(e.day) and (pid is None or e.partner_id == pid)
        ]

    def _filters_changed(self) -> None:
        if not self.data:
            return
        year, pid = self.selected_year(), self.selected_partner()
        self.events.set_events(self._year_events(), self.data["activity_of"])
        mine = [e for e in self.data["events"] if pid is None or e.partner_id == pid]
        self.calendar.set_events(mine, self.today)
        agreements = [a for a in self.data["agreements"] if pid is None or a.partner_id == pid]
        self.agreements.set_data(agreements, self.data["measures"])
        self.partners.set_partners(self.data["partners"], self.today)
        data = self.data
        criteria = criteria_of(
            year, data["events"], data["measures"], data["agreements"], pid, self.today
        )
        self.dashboard.show_criteria(criteria)
        if not year.contains(self.calendar_day()):
            self.calendar.show_month_of(min(max(self.today, year.first_day), year.last_day))

    def calendar_day(self) -> date:
        from ui.widgets.forms import to_date

        return to_date(self.calendar.calendar.selectedDate())

    def export_path(self, path: str) -> Path:
        return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
