"""The programme (goal, tasks, planned results × achievement) and the roadmap execution table.

The programme area's dataclasses are read through :func:`_get`, which accepts the field
names that area may use, so a renamed field degrades to a dash instead of a crash.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.reports import texts
from app.reports.context import ReportContext, area_data
from app.reports.engine import bullets, data_table, heading, para
from app.reports.format import fmt_date


def _get(obj: Any, *names: str, default: Any = "") -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


def _text(value: Any) -> str:
    if value is None or value == "":
        return texts.DASH
    if hasattr(value, "strftime"):
        return fmt_date(value)
    return str(_get(value, "label", "title", "text", default=value))


def build_programme(ctx: ReportContext) -> list[Flowable]:
    module = area_data("programme")
    if module is None or not hasattr(module, "programme_year"):
        return []
    data = module.programme_year(ctx.db, ctx.year)
    if data is None:
        return []
    story: list[Flowable] = [heading(texts.H_PROGRAMME)]
    title = _get(data, "title", "name")
    if title:
        story.append(para(str(title)))
    goal = _get(data, "goal")
    if goal:
        story += [heading(texts.H_GOAL, 2), para(str(goal))]
    tasks = [_text(t) for t in _get(data, "tasks", default=())]
    if tasks:
        story += [heading(texts.H_TASKS, 2), *bullets(tasks)]
    return story + _results(_get(data, "results", "planned_results", default=()))


def _results(results: Any) -> list[Flowable]:
    rows = [
        (
            str(number),
            _text(_get(r, "text", "result", "title", "name")),
            _text(_get(r, "achievement_label", "achievement", "degree", "status")),
            _text(_get(r, "comment", "note")),
        )
        for number, r in enumerate(results, start=1)
    ]
    if not rows:
        return []
    return [heading(texts.H_RESULTS, 2), data_table(texts.COLS_RESULTS, rows, (6, 50, 18, 26))]


def build_roadmap(ctx: ReportContext, with_heading: bool = True) -> list[Flowable]:
    module = area_data("programme")
    if module is None or not hasattr(module, "roadmap_year"):
        return [] if with_heading else [para(texts.NOT_AVAILABLE, "note")]
    data = module.roadmap_year(ctx.db, ctx.year)
    activities = list(_get(data, "activities", "rows", default=data or ()))
    if not activities:
        return [] if with_heading else [para(texts.NO_DATA, "note")]
    rows = [_roadmap_row(number, a) for number, a in enumerate(activities, start=1)]
    story: list[Flowable] = [heading(texts.H_ROADMAP)] if with_heading else []
    return [*story, data_table(texts.COLS_ROADMAP, rows, (6, 14, 30, 22, 13, 15))]


def _roadmap_row(number: int, a: Any) -> tuple[str, ...]:
    period = _get(a, "period_label", "period")
    if not period:
        start, end = _get(a, "starts_on", "start"), _get(a, "ends_on", "end", "due")
        period = " – ".join(fmt_date(d) for d in (start, end) if d)
    return (
        str(_get(a, "number", default=number)),
        _text(period),
        _text(_get(a, "title", "name", "activity", "text")),
        _text(_get(a, "forecast", "forecast_result", "expected_result")),
        _text(_get(a, "execution", "status_label", "actual_result", "status")),
        _text(_get(a, "reasons", "reason", "non_execution_reason")),
    )
