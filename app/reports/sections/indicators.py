"""Indicators: baseline, the year's target and actual, trend, and small trend charts."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from app.reports import charts, fonts, texts
from app.reports.context import ReportContext, area_data
from app.reports.engine import FRAME_WIDTH, data_table, heading, para
from app.reports.format import fmt_date, fmt_num, yes_no

CHARTS_PER_ROW = 2


def build(ctx: ReportContext) -> list[Flowable]:
    every = area_data("indicators").indicator_series(ctx.scope, ctx.year)
    series = [s for s in every if _has_year_value(s, ctx)]
    missing = [s.name for s in every if s not in series and _has_earlier_data(s, ctx)]
    if not series:
        return [heading(texts.H_INDICATORS), para(texts.NO_DATA, "note"), *_missing(missing)]
    rows = [
        (
            s.name,
            s.unit,
            fmt_num(_baseline(s, ctx)),
            fmt_num(s.target),
            fmt_num(s.actual.get(ctx.year)),
            texts.TREND.get(getattr(s.trend, "value", s.trend) or "", texts.DASH),
            yes_no(s.achieved),
        )
        for s in series
    ]
    story: list[Flowable] = [
        heading(texts.H_INDICATORS),
        data_table(texts.COLS_INDICATORS, rows, (34, 8, 9, 9, 9, 12, 11), numeric=(2, 3, 4)),
        *_missing(missing),
    ]
    if ctx.in_progress:
        story.append(para(texts.INDICATORS_IN_PROGRESS.format(day=fmt_date(ctx.as_of)), "note"))
    drawn = [s for s in series if any(v is not None for v in s.actual.values())]
    if drawn:
        story += [
            heading(texts.INDICATORS_CHARTS, 2),
            para(texts.CHARTS_LEGEND, "caption"),
            _chart_grid(drawn),
        ]
    return story


def _has_year_value(s, ctx: ReportContext) -> bool:
    return s.actual.get(ctx.year) is not None or s.target is not None


def _has_earlier_data(s, ctx: ReportContext) -> bool:
    """Values of earlier years or a baseline: an indicator the school kept (one added later,
    with nothing up to the year, is not named, so the record stays the same)."""
    return _baseline(s, ctx) is not None or any(v is not None for v in s.actual.values())


def _baseline(s, ctx: ReportContext) -> float | None:
    """The baseline, unless it was set for a later year than the report's."""
    if s.baseline_year is not None and s.baseline_year > ctx.year:
        return None
    return s.baseline


def _missing(names: list[str]) -> list[Flowable]:
    return [para(texts.INDICATORS_MISSING.format(names="; ".join(names)))] if names else []


def _chart_grid(series: list) -> Table:
    width = FRAME_WIDTH / CHARTS_PER_ROW
    cells = []
    for s in series:
        labels = [str(y) for y in s.actual]
        title = f"{s.name}, {s.unit}" if s.unit else s.name
        cells.append(
            charts.trend_line(title, labels, list(s.actual.values()), s.target, width - 8, 120)
        )
    rows = [cells[i : i + CHARTS_PER_ROW] for i in range(0, len(cells), CHARTS_PER_ROW)]
    if len(rows[-1]) < CHARTS_PER_ROW:
        rows[-1] += [para("")] * (CHARTS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[width] * CHARTS_PER_ROW, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]
        )
    )
    return table
