"""Grouped horizontal bars of area scores across runs, drawn with QPainter.

One row per area (its title on the left), one bar per run in the run's colour, a 0–100
scale on top, and the instrument's risk thresholds as dashed lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#9fb7d6", "#5b8cc6", "#2f5f9e", "#e08a2c", "#6aa84f", "#8e7cc3")
LABEL_WIDTH = 330
BAR_HEIGHT = 9
ROW_GAP = 10
TOP = 44


@dataclass
class ChartData:
    areas: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float | None]]] = field(default_factory=list)  # (year, scores)
    thresholds: tuple[float, ...] = ()


class ScoresChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return max(1, len(self.data.series)) * BAR_HEIGHT + ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(700, TOP + len(self.data.areas) * self._row_height() + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.data.areas:
            painter.setPen(QColor("#777777"))
            text = self.tr("No runs of this instrument yet.")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        plot = QRectF(LABEL_WIDTH, TOP, max(60, self.width() - LABEL_WIDTH - 24), 0)
        self._legend(painter)
        self._scale(painter, plot)
        for index, title in enumerate(self.data.areas):
            self._area_row(painter, plot, index, title)
        painter.end()

    def _x(self, plot: QRectF, score: float) -> float:
        return plot.left() + plot.width() * max(0.0, min(100.0, score)) / 100.0

    def _legend(self, painter: QPainter) -> None:
        x = LABEL_WIDTH
        metrics = QFontMetrics(painter.font())
        for number, (label, _) in enumerate(self.data.series):
            painter.fillRect(QRectF(x, 6, 14, 10), QColor(PALETTE[number % len(PALETTE)]))
            painter.setPen(QColor("#222222"))
            painter.drawText(int(x + 18), 16, label)
            x += 30 + metrics.horizontalAdvance(label)
        if self.data.thresholds:
            painter.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), 11, int(x + 18), 11)
            painter.setPen(QColor("#222222"))
            painter.drawText(int(x + 24), 16, self.tr("risk thresholds"))

    def _scale(self, painter: QPainter, plot: QRectF) -> None:
        bottom = TOP + len(self.data.areas) * self._row_height()
        for value in range(0, 101, 20):
            x = self._x(plot, value)
            painter.setPen(QPen(QColor("#dddddd"), 1))
            painter.drawLine(int(x), TOP - 4, int(x), bottom)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(x - 20, TOP - 22, 40, 16), Qt.AlignmentFlag.AlignCenter, str(value)
            )
        pen = QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine)
        for value in self.data.thresholds:
            painter.setPen(pen)
            x = self._x(plot, value)
            painter.drawLine(int(x), TOP - 4, int(x), bottom)

    def _area_row(self, painter: QPainter, plot: QRectF, index: int, title: str) -> None:
        top = TOP + index * self._row_height() + ROW_GAP / 2
        height = self._row_height() - ROW_GAP
        metrics = QFontMetrics(painter.font())
        label = metrics.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
        painter.setPen(QColor("#222222"))
        box = QRectF(4, top, LABEL_WIDTH - 12, height)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        for number, (_, scores) in enumerate(self.data.series):
            score = scores[index] if index < len(scores) else None
            if score is None:
                continue
            bar = QRectF(
                plot.left(),
                top + number * BAR_HEIGHT,
                self._x(plot, score) - plot.left(),
                BAR_HEIGHT - 1,
            )
            painter.fillRect(bar, QColor(PALETTE[number % len(PALETTE)]))
