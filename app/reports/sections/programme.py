"""The programme (goal, tasks, planned results × achievement) and the roadmap execution table
in seed 002's columns."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports import texts
from app.reports.context import ReportContext, area_data
from app.reports.engine import data_table, heading, numbered, para


def build_programme(ctx: ReportContext) -> list[Flowable]:
    data = area_data("programme").programme_year(ctx.scope, ctx.year)
    if data is None:
        return [heading(texts.H_PROGRAMME), para(texts.NO_PROGRAMME, "note")]
    story: list[Flowable] = [heading(texts.H_PROGRAMME), para(data.title)]
    facts = texts.PROGRAMME_PERIOD.format(period=data.period)
    if data.approval:
        facts += texts.PROGRAMME_APPROVAL.format(approval=data.approval)
    story.append(para(facts))
    if data.goal:
        story += [heading(texts.H_GOAL, 2), para(data.goal)]
    if data.tasks:
        story += [heading(texts.H_TASKS, 2), *numbered([(t.number, t.text) for t in data.tasks])]
    return story + _results(data.results)


def _results(results) -> list[Flowable]:
    rows = [
        (
            str(number),
            r.text,
            str(r.task_number) if r.task_number else texts.DASH,
            r.level or texts.NOT_ASSESSED,
            r.comment,
        )
        for number, r in enumerate(results, start=1)
    ]
    if not rows:
        return []
    return [
        heading(texts.H_RESULTS, 2),
        data_table(texts.COLS_RESULTS, rows, (6, 46, 9, 17, 22), numeric=(2,)),
    ]


def build_roadmap(ctx: ReportContext, with_heading: bool = True) -> list[Flowable]:
    lines = area_data("programme").roadmap_year(ctx.scope, ctx.year, today=ctx.today)
    story: list[Flowable] = [heading(texts.H_ROADMAP)] if with_heading else []
    if not lines:
        return [*story, para(texts.NO_DATA, "note")]
    rows = [
        (str(n), a.period, a.title, a.forecast, a.execution, a.reason)
        for n, a in enumerate(lines, start=1)
    ]
    done = sum(1 for a in lines if a.status == texts.STATUS_DONE)
    overdue = sum(1 for a in lines if a.is_overdue)
    summary = texts.ROADMAP_SUMMARY.format(total=len(lines), done=done, overdue=overdue)
    return [
        *story,
        para(summary),
        data_table(texts.COLS_ROADMAP, rows, (5, 13, 25, 19, 21, 17)),
    ]
