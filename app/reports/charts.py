"""Charts drawn with reportlab.graphics (vector, PT Sans labels): trend line, bars, mix."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Path, PolyLine, Rect, String
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


def _label(x: float, y: float, text: str, anchor: str, size: float = 6.5) -> String:
    return String(x, y, text, fontName=fonts.SANS, fontSize=size, textAnchor=anchor)


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
    """Grouped (or stacked) vertical bars with a legend under the chart.

    Plain shapes (like :func:`trend_line`): the bar-chart widget costs more to render than
    all the tables of a report.
    """
    fonts.register_fonts()
    drawing = PlainDrawing(width, height)
    _title(drawing, title, width, height)
    x, y, plot_w, plot_h = 35.0, 42.0, width - 50, height - 62
    data = [[v or 0 for v in values] for _, values in series] or [[0.0]]
    count = max((len(values) for values in data), default=0) or 1
    peak = max(_totals(data, count) if stacked else [v for values in data for v in values] or [0])
    ticks = _bar_ticks(peak)
    scale = plot_h / ticks[-1]
    slot = plot_w / count
    _bar_axes(drawing, x, y, plot_w, plot_h, ticks, scale)
    for i in range(count):
        left = x + slot * (i + 0.2)
        drawing.add(_label(x + slot * (i + 0.5), y - 10, _at(categories, i), "middle", 7))
        drawing.add(Line(x + slot * (i + 1), y, x + slot * (i + 1), y - 4, strokeWidth=0.6))
        _bar_group(
            drawing,
            [values[i] if i < len(values) else 0 for values in data],
            left,
            y,
            slot * 0.6,
            scale,
            stacked,
        )
    _legend(drawing, [name for name, _ in series], 35, 12, (width - 50) / max(len(series), 1))
    return drawing


def _totals(data: list[list[float]], count: int) -> list[float]:
    return [sum(values[i] for values in data if i < len(values)) for i in range(count)]


def _bar_ticks(peak: float) -> list[float]:
    """Round ticks (steps of 1, 2 or 5 × 10ⁿ, about five) from 0 up to at least ``peak``."""
    top = peak if peak > 0 else 1.0
    magnitude = 10 ** math.floor(math.log10(top / 5))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= top / 5)
    step = max(step, 1.0) if top >= 1 else step  # counts: no «0,2» ticks
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def _bar_axes(drawing: Drawing, x: float, y: float, w: float, h: float, ticks, scale) -> None:
    axis = Path(strokeColor=colors.black, strokeWidth=0.6, fillColor=None)
    axis.moveTo(x, y + h)
    axis.lineTo(x, y)
    axis.lineTo(x + w, y)
    axis.moveTo(x, y)
    axis.lineTo(x, y - 4)
    for tick in ticks:
        axis.moveTo(x - 4, y + tick * scale)
        axis.lineTo(x, y + tick * scale)
        drawing.add(_label(x - 6, y + tick * scale - 2.5, _num(tick), "end", 7))
    drawing.add(axis)


def _bar_group(drawing: Drawing, values, left, bottom, width, scale, stacked: bool) -> None:
    """One category's bars: stacked from the axis up, or side by side."""
    base, step = bottom, width / max(len(values), 1)
    for n, value in enumerate(values):
        color = PALETTE[n % len(PALETTE)]
        if stacked:
            height = value * scale
            drawing.add(Rect(left, base, width, height, fillColor=color, strokeColor=None))
            base += height
        else:
            drawing.add(
                Rect(
                    left + n * step, bottom, step, value * scale, fillColor=color, strokeColor=None
                )
            )


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float, step: float) -> None:
    for n, name in enumerate(names):
        left = x + n * step
        swatch = Rect(left, y - 2, 10, 10, fillColor=PALETTE[n % len(PALETTE)])
        swatch.strokeColor, swatch.strokeWidth = colors.black, 0.5
        drawing.add(swatch)
        drawing.add(_label(left + 16, y + 1, name, "start", 7))


def _at(labels: Sequence[str], index: int) -> str:
    return labels[index] if index < len(labels) else ""


def organiser_mix(
    years: Sequence[str], shares: Sequence[tuple[str, Sequence[int]]], title: str
) -> Drawing:
    """Events by organiser per academic year, stacked."""
    return bars(title, years, shares, stacked=True)
