"""Month calendar of joint events: painted markers per day and the chosen day's events."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.partnership import texts
from app.partnership.events import EventRow
from ui.partnership.widgets import make_table, selected_row
from ui.widgets.forms import to_date, to_qdate
from ui.widgets.table_model import Col, TableModel

HELD = QColor("#2e7d32")
PLANNED = QColor("#1565c0")
MISSED = QColor("#c62828")
UNPLANNED = QColor("#ef6c00")


def marker_colour(event: EventRow, today: date) -> QColor:
    if event.held:
        return HELD if event.was_planned else UNPLANNED
    return MISSED if event.day < today else PLANNED


class EventCalendar(QCalendarWidget):
    """A calendar that paints one coloured dot per event under the day number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_day: dict[date, list[EventRow]] = {}
        self.today = date.today()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def set_events(self, events: list[EventRow], today: date) -> None:
        grouped: dict[date, list[EventRow]] = defaultdict(list)
        for e in events:
            grouped[e.day].append(e)
        self.by_day, self.today = dict(grouped), today
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        events = self.by_day.get(to_date(qdate), [])
        if not events:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        shown = events[: max(1, (rect.height() // 2) // line)]
        y = rect.bottom() - line * len(shown) - 2
        for e in shown:
            colour = marker_colour(e, self.today)
            box = QRect(rect.left() + 2, y, rect.width() - 4, line - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("white"))
            more = len(events) - len(shown)
            text = e.topic if not more or e is not shown[-1] else f"+{more + 1}"
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width() - 6)
            painter.drawText(box.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, elided)
            y += line
        painter.restore()


class CalendarPage(QWidget):
    edit_requested = Signal(object)
    add_requested = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = EventCalendar(self)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_day())
        self.day_label = QLabel()
        bold = self.day_label.font()
        bold.setBold(True)
        self.day_label.setFont(bold)
        self.model = TableModel(
            [
                Col(self.tr("Date"), lambda e: e.day, sort=lambda e: e.day),
                Col(self.tr("Partner"), lambda e: e.partner_name),
                Col(self.tr("Type"), lambda e: texts.EVENT_KINDS.get(e.kind, e.kind)),
                Col(self.tr("Topic"), lambda e: e.topic),
                Col(self.tr("Plan / held"), lambda e: e.plan_label),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self._edit)
        add = QPushButton(self.tr("Add event on this day…"))
        add.clicked.connect(lambda: self.add_requested.emit(to_date(self.calendar.selectedDate())))
        right = QVBoxLayout()
        right.addWidget(self.day_label)
        right.addWidget(self.view, 1)
        right.addWidget(add)
        right.addWidget(self._legend())
        outer = QHBoxLayout(self)
        outer.addWidget(self.calendar, 3)
        outer.addLayout(right, 2)

    def _legend(self) -> QLabel:
        items = (
            (HELD, self.tr("held as planned")),
            (UNPLANNED, self.tr("held without plan")),
            (PLANNED, self.tr("planned")),
            (MISSED, self.tr("planned, not held")),
        )
        parts = [f'<span style="color:{c.name()}">●</span>&nbsp;{label}' for c, label in items]
        html = "&nbsp;&nbsp;".join(parts[:2]) + "<br>" + "&nbsp;&nbsp;".join(parts[2:])
        legend = QLabel(html)
        legend.setWordWrap(True)
        return legend

    def set_events(self, events: list[EventRow], today: date) -> None:
        self.calendar.set_events(events, today)
        self._show_day()

    def show_month_of(self, day: date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))
        self._show_day()

    def _show_day(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        rows = [
            e
            for day, events in self.calendar.by_day.items()
            if (day.year, day.month) == (year, month)
            for e in events
        ]
        name = self.locale().standaloneMonthName(month)
        self.day_label.setText(
            self.tr("Events in %1 %2").replace("%1", name).replace("%2", str(year))
        )
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 170))
        self.view.setColumnWidth(3, min(self.view.columnWidth(3), 220))
        selected = to_date(self.calendar.selectedDate())
        for i, e in enumerate(self.model.rows()):
            if e.day == selected:
                self.view.selectRow(i)
                break

    def _edit(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.edit_requested.emit(row)
