"""Small QPainter charts for the partnership dashboard (no QtCharts in Essentials)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

WE = QColor("#2e7d32")
JOINT = QColor("#f9a825")
PARTNER = QColor("#1565c0")
BAR = QColor("#5c6bc0")


class BarChart(QWidget):
    """Horizontal bars: one row per (label, value, colour); the value is written after it."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, QColor, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, float, QColor | None, str | None]]) -> None:
        self.rows = [
            (label, value, colour or BAR, text or f"{value:g}")
            for label, value, colour, text in rows
        ]
        self.setFixedHeight(max(1, len(self.rows)) * self.ROW + 8)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.rows)) * self.ROW + 8)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        label_w = min(
            max((metrics.horizontalAdvance(r[0]) for r in self.rows), default=0) + 8,
            int(self.width() * 0.62),
        )
        value_w = max((metrics.horizontalAdvance(r[3]) for r in self.rows), default=0) + 8
        bar_w = max(10, self.width() - label_w - value_w - 4)
        top = max((r[1] for r in self.rows), default=0) or 1
        for i, (label, value, colour, text) in enumerate(self.rows):
            y = 4 + i * self.ROW
            painter.setPen(text_colour)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(
                QRectF(0, y, label_w - 6, self.ROW - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            width = bar_w * value / top
            painter.fillRect(QRectF(label_w, y + 3, width, self.ROW - 10), colour)
            painter.drawText(
                QRectF(label_w + width + 4, y, value_w, self.ROW - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()


class ShareTrend(QWidget):
    """One 100 % column per academic year split into we / jointly / partner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[tuple[str, int, int, int]] = []  # label, we, joint, partner
        self.legend = ("", "", "")
        self.setMinimumHeight(210)

    def set_data(
        self, years: Sequence[tuple[str, int, int, int]], legend: tuple[str, str, str]
    ) -> None:
        self.years, self.legend = list(years), legend
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        chart_top, chart_bottom = 4, self.height() - 2 * line - 10
        height = max(10, chart_bottom - chart_top)
        n = max(1, len(self.years))
        slot = self.width() / n
        bar = min(48.0, slot * 0.6)
        for i, (label, we, joint, partner) in enumerate(self.years):
            total = we + joint + partner
            x = i * slot + (slot - bar) / 2
            y = float(chart_bottom)
            for count, colour in ((we, WE), (joint, JOINT), (partner, PARTNER)):
                part = height * count / total if total else 0
                painter.fillRect(QRectF(x, y - part, bar, part), colour)
                y -= part
            if total:
                painter.setPen(QColor("white"))
                share = round(100 * we / total)
                painter.drawText(
                    QRectF(x, chart_bottom - line - 2, bar, line),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{share}%",
                )
            painter.setPen(text_colour)
            short = label[2:4] + "–" + label[7:9] if len(label) == 9 else label
            painter.drawText(
                QRectF(i * slot, chart_bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, short
            )
        x = 0.0
        y = self.height() - line - 2
        for colour, text in zip((WE, JOINT, PARTNER), self.legend, strict=True):
            painter.fillRect(QRectF(x, y + 3, 10, 10), colour)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 14, y, 400, line), Qt.AlignmentFlag.AlignLeft, text)
            x += 14 + metrics.horizontalAdvance(text) + 14
        painter.end()
