"""Indicators: baseline, the year's target and actual, trend, and small trend charts."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from app.reports import charts, fonts, texts
from app.reports.context import ReportContext, area_data
from app.reports.engine import FRAME_WIDTH, data_table, heading, para
from app.reports.format import fmt_num, yes_no

CHARTS_PER_ROW = 2


def build(ctx: ReportContext) -> list[Flowable]:
    series = area_data("indicators").indicator_series(ctx.scope, ctx.year)
    if not series:
        return [heading(texts.H_INDICATORS), para(texts.NO_DATA, "note")]
    rows = [
        (
            s.name,
            s.unit,
            fmt_num(s.baseline),
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
    ]
    drawn = [s for s in series if any(v is not None for v in s.actual.values())]
    if drawn:
        story += [
            heading(texts.INDICATORS_CHARTS, 2),
            para(texts.CHARTS_LEGEND, "caption"),
            _chart_grid(drawn),
        ]
    return story


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
