"""The compact dashboard: every indicator for one year with its trend and goal."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.academic_year import AcademicYear
from app.indicators.report_data import IndicatorSeries
from ui.indicators.models import DashboardModel


class DashboardPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.indicators.section import table_view

        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = DashboardModel(self)
        self.view = table_view(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        legend = QLabel(
            self.tr(
                "↑ the value grew, ↓ fell, → did not change since the previous year; "
                "green means better, red means worse for this indicator."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #666666")
        layout.addWidget(legend)

    def show_year(self, year: AcademicYear, series: list[IndicatorSeries]) -> None:
        self.model.set_rows(series)
        met = sum(1 for s in series if s.achieved is True)
        judged = sum(1 for s in series if s.achieved is not None)
        better = sum(1 for s in series if s.improving is True)
        worse = sum(1 for s in series if s.improving is False)
        text = self.tr(
            "%1: target met for %2 of %3 indicators with data; improving %4, worsening %5."
        )
        for key, value in (
            ("%1", year),
            ("%2", met),
            ("%3", judged),
            ("%4", better),
            ("%5", worse),
        ):
            text = text.replace(key, str(value))
        self.summary.setText(text)
