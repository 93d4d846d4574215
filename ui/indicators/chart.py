"""A small line chart of one indicator: target and actual per academic year (QPainter)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.academic_year import AcademicYear
from app.indicators.common import format_number, is_percent

ACTUAL_COLOR = QColor("#1f6fb2")
TARGET_COLOR = QColor("#d9822b")
BASELINE_COLOR = QColor("#888888")
GRID_COLOR = QColor("#e3e3e3")


def nice_max(value: float) -> float:
    """A round upper bound for the axis: 1, 1.2, 1.5, 2 … 8 or 10 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def tick_count(top: float) -> int:
    """How many grid steps make round labels for an axis from 0 to ``top``."""
    for count in (5, 4, 6, 3):
        step = top / count
        mantissa = step / 10 ** math.floor(math.log10(step))
        if any(abs(mantissa - nice) < 1e-9 for nice in (1, 2, 2.5, 5)):
            return count
    return 5


class IndicatorChart(QWidget):
    """Years on the horizontal axis; actual (solid), target (dashed), baseline (dotted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.title = ""
        self.unit = ""
        self.years: list[AcademicYear] = []
        self.actual: dict[AcademicYear, float | None] = {}
        self.target: dict[AcademicYear, float | None] = {}
        self.baseline: float | None = None

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_series(
        self,
        title: str,
        unit: str,
        years: list[AcademicYear],
        actual: dict[AcademicYear, float | None],
        target: dict[AcademicYear, float | None],
        baseline: float | None,
    ) -> None:
        self.title, self.unit, self.years = title, unit, list(years)
        self.actual, self.target, self.baseline = dict(actual), dict(target), baseline
        self.update()

    def clear(self) -> None:
        self.set_series("", "", [], {}, {}, None)

    def axis_max(self) -> float:
        numbers = [v for v in (*self.actual.values(), *self.target.values()) if v is not None]
        if self.baseline is not None:
            numbers.append(self.baseline)
        top = nice_max(max(numbers, default=0) * 1.1)
        return min(top, 100.0) if is_percent(self.unit) else top

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.years:
            painter.setPen(BASELINE_COLOR)
            text = self.tr("Choose an indicator to see its chart.")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        line = painter.fontMetrics().height()
        plot = self.plot_area()
        self._draw_title(painter, line)
        top = self.axis_max()
        self._draw_grid(painter, plot, top)
        self._draw_years(painter, plot)
        if self.baseline is not None:
            y = self._y(plot, self.baseline, top)
            painter.setPen(QPen(BASELINE_COLOR, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._draw_line(painter, plot, top, self.target, TARGET_COLOR, Qt.PenStyle.DashLine)
        self._draw_line(painter, plot, top, self.actual, ACTUAL_COLOR, Qt.PenStyle.SolidLine)
        self._draw_legend(painter, plot, line)

    def plot_area(self) -> QRectF:
        """Where the lines go: inside the value labels, the title and legend, the years."""
        metrics = self.fontMetrics()
        line = metrics.height()
        return QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("00000") + 14, line * 2 + 8, -16, -line * 2 - 10
        )

    def point(self, index: int, value: float) -> QPointF:
        """Where the value of the ``index``-th year is drawn."""
        plot = self.plot_area()
        return QPointF(self._x(plot, index), self._y(plot, value, self.axis_max()))

    def _draw_title(self, painter: QPainter, line: int) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        title = self.title + (f", {self.unit}" if self.unit else "")
        elided = painter.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, self.width() - 16
        )
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()

    def _x(self, plot: QRectF, index: int) -> float:
        if len(self.years) == 1:
            return plot.center().x()
        pad = self.fontMetrics().horizontalAdvance("2020-2021") / 2 + 4
        return plot.left() + pad + index * (plot.width() - 2 * pad) / (len(self.years) - 1)

    @staticmethod
    def _y(plot: QRectF, value: float, top: float) -> float:
        return plot.bottom() - (value / top) * plot.height()

    def _draw_grid(self, painter: QPainter, plot: QRectF, top: float) -> None:
        metrics = painter.fontMetrics()
        ticks = tick_count(top)
        for tick in range(ticks + 1):
            value = top * tick / ticks
            y = self._y(plot, value, top)
            painter.setPen(QPen(GRID_COLOR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            label = format_number(value)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )

    def _draw_years(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        step = max(
            1,
            math.ceil(
                len(self.years) * metrics.horizontalAdvance("2020-2021  ") / max(plot.width(), 1)
            ),
        )
        painter.setPen(self.palette().text().color())
        for index, year in enumerate(self.years):
            if index % step:
                continue
            x = self._x(plot, index)
            box = QRectF(x - 50, plot.bottom() + 4, 100, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, str(year))

    def _draw_line(self, painter, plot, top, values, color: QColor, style: Qt.PenStyle) -> None:
        path = QPainterPath()
        started = False
        points = []
        for index, year in enumerate(self.years):
            value = values.get(year)
            if value is None:
                started = False  # a gap: the line breaks where a value is missing
                continue
            point = QPointF(self._x(plot, index), self._y(plot, value, top))
            points.append(point)
            path.lineTo(point) if started else path.moveTo(point)
            started = True
        painter.setPen(QPen(color, 2, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(QPen(color, 1))
        painter.setBrush(color)
        for point in points:
            painter.drawEllipse(point, 3, 3)

    def _draw_legend(self, painter: QPainter, plot: QRectF, line: int) -> None:
        items = [(self.tr("Actual"), ACTUAL_COLOR, Qt.PenStyle.SolidLine)]
        items.append((self.tr("Target"), TARGET_COLOR, Qt.PenStyle.DashLine))
        if self.baseline is not None:
            items.append((self.tr("Baseline"), BASELINE_COLOR, Qt.PenStyle.DotLine))
        x = plot.left()
        y = line + 8 + line / 2
        metrics = painter.fontMetrics()
        for label, color, style in items:
            painter.setPen(QPen(color, 2, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 24, y))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 30, y + metrics.ascent() / 2 - 1), label)
            x += 40 + metrics.horizontalAdvance(label) + 12
