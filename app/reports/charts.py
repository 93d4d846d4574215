"""Charts drawn with reportlab.graphics (vector, PT Sans labels): trend line, bars, mix."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Path, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from app.reports import fonts
from app.reports.quickdraw import PlainDrawing

PALETTE = (
    colors.HexColor("#2F5D8A"),
    colors.HexColor("#D9822B"),
    colors.HexColor("#5A9E4B"),
    colors.HexColor("#A23B72"),
    colors.HexColor("#7D7D7D"),
)
TARGET = colors.HexColor("#C0392B")


def _title(drawing: Drawing, text: str, width: float, height: float) -> float:
    """Draw a centred title in at most two lines; returns the height it takes."""
    lines = simpleSplit(text, fonts.SANS_BOLD, 7.5, width - 6)
    if len(lines) > 2:
        lines = [lines[0], lines[1].rstrip(" ,.;") + "…"]
    for n, line in enumerate(lines):
        drawing.add(
            String(
                width / 2,
                height - 9 - 9 * n,
                line,
                fontName=fonts.SANS_BOLD,
                fontSize=7.5,
                textAnchor="middle",
            )
        )
    return 9.0 * len(lines)


def trend_line(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    target: float | None = None,
    width: float = 220,
    height: float = 120,
) -> Drawing:
    """A small line chart of yearly values (gaps skipped), the target as a dashed red line.

    Drawn from plain shapes rather than LinePlot: a report holds a dozen of these and the
    axis widgets cost ten times more to render.
    """
    fonts.register_fonts()
    drawing = PlainDrawing(width, height)
    used = _title(drawing, title, width, height)
    left, bottom = 30.0, 16.0
    plot_w, plot_h = width - left - 10, height - 26 - used
    known = [v for v in values if v is not None]
    low, high = _value_range(known + ([target] if target is not None else []))
    step = plot_w / max(len(labels) - 1, 1)

    def y_of(value: float) -> float:
        return bottom + plot_h * (value - low) / (high - low)

    axis = Path(strokeColor=colors.HexColor("#555555"), strokeWidth=0.6, fillColor=None)
    axis.moveTo(left, bottom + plot_h)
    axis.lineTo(left, bottom)
    axis.lineTo(left + plot_w, bottom)
    for tick in _ticks(low, high):
        y = y_of(tick)
        axis.moveTo(left - 2, y)
        axis.lineTo(left, y)
        drawing.add(_label(left - 4, y - 2.2, _num(tick), "end"))
    drawing.add(axis)
    for i in range(len(labels)):
        drawing.add(_label(left + i * step, bottom - 9, _short(labels, i), "middle"))
    if target is not None and known:
        y = y_of(target)
        drawing.add(
            Line(
                left,
                y,
                left + plot_w,
                y,
                strokeColor=TARGET,
                strokeDashArray=[3, 2],
                strokeWidth=0.8,
            )
        )
    points = [(left + i * step, y_of(v)) for i, v in enumerate(values) if v is not None]
    if len(points) > 1:
        flat = [c for p in points for c in p]
        drawing.add(PolyLine(flat, strokeColor=PALETTE[0], strokeWidth=1.5))
    if points:
        drawing.add(_markers(points))
    return drawing


def _label(x: float, y: float, text: str, anchor: str) -> String:
    return String(x, y, text, fontName=fonts.SANS, fontSize=6.5, textAnchor=anchor)


def _markers(points: list[tuple[float, float]], size: float = 1.8) -> Path:
    """All point markers (small diamonds) as one filled path: one node to render."""
    path = Path(fillColor=PALETTE[0], strokeColor=None)
    for x, y in points:
        path.moveTo(x, y - size)
        path.lineTo(x + size, y)
        path.lineTo(x, y + size)
        path.lineTo(x - size, y)
        path.closePath()
    return path


def _value_range(values: list[float]) -> tuple[float, float]:
    if not values:
        return 0.0, 1.0
    low, high = min(min(values), 0.0), max(values)
    if high <= low:
        high = low + 1
    return low, high * 1.1 if high > 0 else high


def _ticks(low: float, high: float) -> list[float]:
    """About four round ticks between low and high."""
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    count = int((high - first) / step + 1e-9) + 1
    return [first + i * step for i in range(count)]


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _short(labels: Sequence[str], index: float) -> str:
    i = int(index)
    if 0 <= i < len(labels):
        return labels[i][2:4] + "/" + labels[i][-2:] if len(labels[i]) == 9 else labels[i]
    return ""


def bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float = 440,
    height: float = 170,
    stacked: bool = False,
) -> Drawing:
    """Grouped (or stacked) vertical bars with a legend under the chart."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 35, 42, width - 50, height - 62
    chart.data = [list(values) for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = fonts.SANS, 7
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = fonts.SANS, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 35, 12
    legend.fontName, legend.fontSize = fonts.SANS, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = (width - 50) / max(len(series), 1)
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)
    ]
    drawing.add(legend)
    return drawing


def organiser_mix(
    years: Sequence[str], shares: Sequence[tuple[str, Sequence[int]]], title: str
) -> Drawing:
    """Events by organiser per academic year, stacked."""
    return bars(title, years, shares, stacked=True)
