"""Главная: overdue activities and those ending in the next 30 days (offline reminders)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.changes import Changes
from app.programme.periods import period_label
from app.programme.reminders import HORIZON_DAYS, reminders
from app.programme.rows import ActivityRow
from ui.context import UiContext

OVERDUE_FG = QColor("#a40000")
ROW_ROLE = Qt.ItemDataRole.UserRole
MAX_LINES = 6


class RemindersPanel(QGroupBox):
    """Two short lists; double-click (or Enter) opens the activity in «Дорожная карта»."""

    def __init__(self, ctx: UiContext, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.setTitle(self.tr("Roadmap reminders"))
        self.overdue_label, self.upcoming_label = QLabel(), QLabel()
        self.overdue, self.upcoming = QListWidget(), QListWidget()
        layout = QVBoxLayout(self)
        for label, view in (
            (self.overdue_label, self.overdue),
            (self.upcoming_label, self.upcoming),
        ):
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            view.itemActivated.connect(self.open_item)
            view.itemDoubleClicked.connect(self.open_item)
            layout.addWidget(label)
            layout.addWidget(view)
        self._stale = False
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.roadmap or changes.programme):
            return
        if self.isVisible():
            self.refresh()
        else:  # Главная is behind the roadmap being edited: catch up when it is shown
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        found = reminders(self.ctx.scope, self.today or date.today())
        self._fill(self.overdue, found.overdue, True)
        self._fill(self.upcoming, found.upcoming, False)
        self.overdue_label.setText(
            self.tr("Overdue: %1").replace("%1", str(len(found.overdue)))
            if found.overdue
            else self.tr("Nothing is overdue.")
        )
        days = str(HORIZON_DAYS)
        self.upcoming_label.setText(
            self.tr("Ending in the next %1 days: %2")
            .replace("%1", days)
            .replace("%2", str(len(found.upcoming)))
        )
        self.overdue.setVisible(bool(found.overdue))
        self.upcoming.setVisible(bool(found.upcoming))

    def _fill(self, view: QListWidget, rows: list[ActivityRow], overdue: bool) -> None:
        view.clear()
        for row in rows:
            when = period_label(row.start, row.end, row.period_text)
            ends = f"{row.end:%d.%m.%Y}" if row.end else ""
            who = f" — {row.responsible}" if row.responsible else ""
            text = f"{row.title}{who} ({when}; " + self.tr("until %1").replace("%1", ends) + ")"
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, row)
            item.setToolTip(text)
            if overdue:
                item.setForeground(QBrush(OVERDUE_FG))
            view.addItem(item)
        shown = min(max(view.count(), 1), MAX_LINES)
        line = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height()
        view.setFixedHeight(shown * line + 2 * view.frameWidth() + 4)

    def rows(self, overdue: bool = True) -> list[ActivityRow]:
        view = self.overdue if overdue else self.upcoming
        return [view.item(i).data(ROW_ROLE) for i in range(view.count())]

    def open_item(self, item: QListWidgetItem) -> None:
        row = item.data(ROW_ROLE)
        window = self.window()
        if not hasattr(window, "open_section"):
            return
        window.open_section("roadmap")
        page = window.current_page()
        if hasattr(page, "show_activity"):
            page.show_activity(row)
