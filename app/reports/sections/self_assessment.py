"""Self-assessment: area scores, change, deficits, strengths, deficit trail; the blank form.

Scores print in whole points and a change is taken between the printed scores (never
«+0»); only confirmed strengths print; the trail cites only what existed by ``ctx.as_of``.
"""

from __future__ import annotations

from app.reports import texts
from app.reports.context import ReportContext, area_data
from app.reports.document import Block, Gap, bullets, data_table, heading, para
from app.reports.format import fmt_change, fmt_date
from app.self_assessment import texts as stexts
from app.self_assessment.compare import rounded


def _year_data(ctx: ReportContext):
    return area_data("self_assessment").self_assessment_year(ctx.scope, ctx.year, ctx.as_of)


def build(ctx: ReportContext) -> list[Block]:
    """The summary's part: each run's areas, deficits, strengths and trail in brief."""
    data = _year_data(ctx)
    if data is None:
        return [heading(texts.H_SELF), para(texts.NO_DATA, "small")]
    story: list[Block] = [heading(texts.H_SELF)]
    for report in data.runs:
        story += _run(report, ctx.in_progress, with_items=False)
    story += _manual(data)
    return story


def build_full(ctx: ReportContext) -> list[Block]:
    """Every run of the year with each criterion's level and evidence."""
    data = _year_data(ctx)
    if data is None:
        return [para(texts.NO_DATA, "small")]
    story: list[Block] = []
    for report in data.runs:
        story += _run(report, ctx.in_progress, with_items=True)
    return story + _manual(data)


def _run(report, in_progress: bool, with_items: bool) -> list[Block]:
    run = report.run
    story: list[Block] = [
        heading(
            texts.RUN_HEADING.format(
                title=run.title, version=run.version, started=fmt_date(run.started_on)
            ),
            2,
        ),
        *_state(report, in_progress),
    ]
    if report.previous_year is not None:
        story.append(para(texts.RUN_PREVIOUS.format(year=report.previous_year), "small"))
    rows = [
        (
            a.title,
            _points(a.score),
            a.risk_label or texts.DASH,
            _points(a.previous),
            fmt_change(a.change),
        )
        for a in report.areas
    ]
    story.append(data_table(texts.COLS_AREAS, rows, (46, 11, 17, 13, 13), numeric=(1, 3, 4)))
    if with_items:
        story += _items(report)
    story += _lists(report.deficits, report.strengths)
    if report.trails:
        story += [heading(texts.H_TRAIL, 2), bullets([_trail_line(t) for t in report.trails])]
    return story


def _state(report, in_progress: bool) -> list[Block]:
    """The overall score, or how far an unfinished run got («20 из 33 ответов»)."""
    run = report.run
    lines = []
    if report.overall is not None:
        lines.append(para(stexts.RUN_SCORE.format(overall=_points(report.overall))))
    if not run.locked:
        template = stexts.RUN_UNFINISHED_NOW if in_progress else stexts.RUN_UNFINISHED
        lines.append(para(template.format(answered=run.answered, total=run.total), "small"))
    return lines


def _points(score: float | None) -> str:
    value = rounded(score)
    return texts.DASH if value is None else str(value)


def _items(report) -> list[Block]:
    story: list[Block] = []
    for area in report.areas:
        rows = [
            (i.text, i.descriptor or texts.DASH, _points(i.score), i.evidence, i.comment)
            for i in area.items
        ]
        story += [
            Gap(2),
            heading(area.title, 2),
            data_table(texts.COLS_ITEMS, rows, (30, 22, 8, 24, 16), numeric=(2,)),
        ]
    return story


def _lists(deficits, strengths) -> list[Block]:
    story: list[Block] = []
    if deficits:
        lines = [_deficit_line(d) for d in deficits]
        story += [heading(texts.H_DEFICITS, 2), bullets(lines)]
    if strengths:
        story += [heading(texts.H_STRENGTHS, 2), bullets([s.text for s in strengths])]
    return story


def _deficit_line(deficit) -> str:
    """The deficit with its risk; proposals from a run already say it («… (средний риск, …)»)."""
    label = deficit.risk_label
    return f"{deficit.text} ({label})" if label and label not in deficit.text else deficit.text


def _manual(data) -> list[Block]:
    return _lists(data.manual_deficits, data.manual_strengths)


def _trail_line(trail) -> str:
    return texts.TRAIL_LINE.format(
        deficit=trail.deficit,
        tasks=trail.tasks,
        activities=trail.activities,
        measures="; ".join(trail.measures) or texts.NONE,
        events="; ".join(trail.events) or texts.NONE,
        indicators="; ".join(trail.indicators) or texts.NONE,
    )


def blank(ctx: ReportContext, instrument_id: str) -> tuple[str, list[Block]]:
    """The instrument as an empty form for a paper meeting: (title, blocks)."""
    form = area_data("self_assessment").blank_form(instrument_id, scope=ctx.scope)
    title = texts.BLANK_TITLE.format(title=form.title, version=form.version)
    story: list[Block] = []
    if form.description:
        story.append(para(form.description))
    if form.guidance:
        story.append(para(form.guidance, "small"))
    story += [para(texts.BLANK_DATE), para(texts.BLANK_PARTICIPANTS)]
    for area in form.areas:
        rows = [
            (i.text, "\n".join(f"{lvl} — {d}" for lvl, d in i.levels), "", i.evidence)
            for i in area.items
        ]
        story += [heading(area.title, 2), data_table(texts.BLANK_COLS, rows, (29, 35, 14, 22))]
    return title, story
