"""Charts drawn with reportlab.graphics (vector, PT Sans labels): trend line, bars, mix."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from app.reports import fonts

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
    """A small line chart of yearly values (gaps skipped), with the target as a dashed line."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    used = _title(drawing, title, width, height)
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 30, 16, width - 42, height - 26 - used
    plot.data = [points or [(0, 0)]]
    plot.lines[0].strokeColor = PALETTE[0]
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
    top = max([v for _, v in points] + [target or 0, 1])
    bottom = min([v for _, v in points] + [target if target is not None else top, 0])
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = bottom, top * 1.1
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.3, max(len(labels) - 0.7, 0.7)
    plot.xValueAxis.valueSteps = list(range(len(labels)))
    plot.xValueAxis.labelTextFormat = lambda i: _short(labels, i)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.SANS, 6.5
    plot.yValueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    drawing.add(plot)
    if target is not None and points:
        span = plot.yValueAxis.valueMax - plot.yValueAxis.valueMin or 1
        y = plot.y + plot.height * (target - plot.yValueAxis.valueMin) / span
        drawing.add(
            Line(
                plot.x,
                y,
                plot.x + plot.width,
                y,
                strokeColor=TARGET,
                strokeDashArray=[3, 2],
                strokeWidth=0.8,
            )
        )
    return drawing


def _short(labels: Sequence[str], index: float) -> str:
    i = round(index)
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
