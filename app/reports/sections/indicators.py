"""Indicators: baseline, the year's target and actual, trend, and small trend charts."""

from __future__ import annotations

from app.reports import texts
from app.reports.context import ReportContext, area_data
from app.reports.document import Block, Chart, ChartGrid, DataTable, data_table, heading, para
from app.reports.format import fmt_date, fmt_num, yes_no

CHARTS_PER_ROW = 2
CHART_HEIGHT = 120  # points


def build(ctx: ReportContext) -> list[Block]:
    every = area_data("indicators").indicator_series(ctx.scope, ctx.year)
    series = [s for s in every if _has_year_value(s, ctx)]
    missing = [s.name for s in every if s not in series and _has_earlier_data(s, ctx)]
    if not series:
        return [heading(texts.H_INDICATORS), para(texts.NO_DATA, "small"), *_missing(missing)]
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
    story: list[Block] = [
        heading(texts.H_INDICATORS),
        data_table(texts.COLS_INDICATORS, rows, (34, 8, 9, 9, 9, 12, 11), numeric=(2, 3, 4)),
        *_missing(missing),
    ]
    if ctx.in_progress:
        story.append(para(texts.INDICATORS_IN_PROGRESS.format(day=fmt_date(ctx.as_of)), "small"))
    drawn = [s for s in series if any(v is not None for v in s.actual.values())]
    if drawn:
        story += [heading(texts.INDICATORS_CHARTS, 2), _chart_grid(drawn)]
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


def _missing(names: list[str]) -> list[Block]:
    return [para(texts.INDICATORS_MISSING.format(names="; ".join(names)))] if names else []


def _chart_grid(series: list) -> ChartGrid:
    charts = tuple(_trend_chart(s) for s in series)
    return ChartGrid(charts, CHARTS_PER_ROW, _figures(series), texts.CHARTS_LEGEND)


def _title(s) -> str:
    return f"{s.name}, {s.unit}" if s.unit else s.name


def _trend_chart(s) -> Chart:
    labels = [str(y) for y in s.actual]
    values = list(s.actual.values())

    def draw(width: float):
        from app.reports import charts  # reportlab: only a PDF draws it

        return charts.trend_line(_title(s), labels, values, s.target, width, CHART_HEIGHT)

    return Chart(_title(s), draw, CHART_HEIGHT * 25.4 / 72)


def _figures(series: list) -> DataTable:
    """What the charts show, as a table: each indicator's values by year and its target."""
    years = sorted({year for s in series for year in s.actual})
    header = (texts.CHARTS_TABLE_INDICATOR, *(str(y) for y in years), texts.CHARTS_TABLE_TARGET)
    rows = [
        (_title(s), *(fmt_num(s.actual.get(y)) for y in years), fmt_num(s.target)) for s in series
    ]
    widths = (28, *([60 / (len(years) + 1)] * (len(years) + 1)))
    return data_table(header, rows, widths, numeric=tuple(range(1, len(years) + 2)))
