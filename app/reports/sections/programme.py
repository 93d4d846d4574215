"""The programme (problem analysis, goal, tasks, planned results × achievement) and the roadmap
execution table in seed 002's columns, grouped under the programme's tasks."""

from __future__ import annotations

from collections.abc import Sequence

from app.reports import texts
from app.reports.conclusions import get_conclusions
from app.reports.context import ReportContext, area_data
from app.reports.document import Block, data_table, heading, numbered, para, paragraphs
from app.reports.format import fmt_date


def build_programme(ctx: ReportContext) -> list[Block]:
    data = area_data("programme").programme_year(ctx.scope, ctx.year)
    if data is None:
        return [heading(texts.H_PROGRAMME), para(texts.NO_PROGRAMME, "small")]
    # the programme's own title is the heading: printed once
    story: list[Block] = [heading(data.title or texts.H_PROGRAMME)]
    facts = texts.PROGRAMME_PERIOD.format(period=data.period)
    if data.approval:
        facts += texts.PROGRAMME_APPROVAL.format(approval=data.approval)
    story.append(para(facts))
    if data.problem_analysis.strip():
        story += [heading(texts.H_PROBLEMS, 2), *paragraphs(data.problem_analysis)]
    if data.goal:
        story += [heading(texts.H_GOAL, 2), para(data.goal)]
    if data.tasks:
        story += [heading(texts.H_TASKS, 2), numbered([(t.number, t.text) for t in data.tasks])]
    return story + _results(data.results)


def _results(results) -> list[Block]:
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


def build_roadmap(ctx: ReportContext, with_heading: bool = True) -> list[Block]:
    lines = area_data("programme").roadmap_year(ctx.scope, ctx.year, today=ctx.overdue_day)
    story: list[Block] = [heading(texts.H_ROADMAP)] if with_heading else []
    if not lines:
        return [*story, para(texts.NO_DATA, "small")]
    rows, groups = grouped_rows(lines)
    story += [
        para(_summary(ctx, lines)),
        data_table(texts.COLS_ROADMAP, rows, (6, 13, 25, 19, 21, 16), groups=groups),
    ]
    findings = get_conclusions(ctx.scope, ctx.year).roadmap_findings
    if findings.strip():
        story += [heading(texts.H_ROADMAP_FINDINGS, 2), *paragraphs(findings)]
    return story


def _summary(ctx: ReportContext, lines: Sequence) -> str:
    done = sum(1 for a in lines if a.status == texts.STATUS_DONE)
    overdue = sum(1 for a in lines if a.is_overdue)
    summary = texts.ROADMAP_SUMMARY.format(total=len(lines), done=done, overdue=overdue)
    if ctx.in_progress:
        ahead = sum(1 for a in lines if a.end is not None and a.end > ctx.as_of)
        summary += " " + texts.ROADMAP_AHEAD.format(day=fmt_date(ctx.as_of), ahead=ahead)
    return summary


def grouped_rows(lines: Sequence) -> tuple[list[tuple[str, ...]], list[int]]:
    """The table's rows under task titles («Задача 1. …», activities without a task last,
    under «Без задачи») numbered within the task as seed 002 does («1.2»), and the indices
    of the title rows."""
    order = sorted({a.task_number for a in lines if a.task_number is not None})
    by_task = [(n, [a for a in lines if a.task_number == n]) for n in order]
    loose = [a for a in lines if a.task_number is None]
    if loose:
        by_task.append((None, loose))
    rows: list[tuple[str, ...]] = []
    groups: list[int] = []
    for number, members in by_task:
        groups.append(len(rows))
        rows.append((_task_title(number, members[0].task_text),))
        for k, a in enumerate(members, start=1):
            label = f"{number}.{k}" if number is not None else str(k)
            rows.append((label, a.period, a.title, a.forecast, a.execution, a.reason))
    return rows, groups


def _task_title(number: int | None, text: str) -> str:
    if number is None:
        return texts.NO_TASK
    return texts.TASK_GROUP.format(number=number, text=text).strip()
