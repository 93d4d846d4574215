"""Demo step: the programme 2020-2021 → current year with its roadmap (seed 002 in spirit).

A planned result's degree of achievement in a past year follows what it is about:
- indicators (``app.indicators.demo.STORY``): achieved when every one meets the year's
  target; partial when at least one meets it or improved on the year before; otherwise not
  achieved (the first year has no year before);
- the joint events held that year (stored by the partnership step): achieved from
  ``MIN_EVENTS``, partial from ``SOME_EVENTS``;
- otherwise the levels and own wordings written in ``demo_data``.
tests/test_demo_consistency.py checks the stored data against the same rule.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.demo.profile import STAFF
from app.indicators.demo import FIRST_YEAR, STORY
from app.programme import demo_data as data
from app.programme import texts
from app.programme.periods import month_bounds
from app.programme.programmes import ProgrammeRow, save_programme
from app.programme.reasons import reasons_in
from app.programme.results import AchievementRow, ResultRow, save_result, set_achievement
from app.programme.roadmap import save_activities
from app.programme.rows import Achievement, ActivityRow, EvidenceDoc, ResourceKind, Status
from app.programme.tasks import TaskRow, save_task
from app.scope import SchoolScope
from db.models.partnership import JointEvent
from db.models.programme import ResultAchievement

# Which past-year outcome each of 20 rng draws maps to (mostly done).
_PAST = (Status.DONE,) * 14 + (Status.PARTIAL,) * 3 + (Status.NOT_DONE,) * 2 + (Status.CANCELLED,)
# Partnership work uses partners' resources, the environment task the municipality's.
_RESOURCES = {3: ResourceKind.PARTNER, 5: ResourceKind.MUNICIPAL}
_LOWER_IS_BETTER = {"risk_pupils"}


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """Fill the school's programme and roadmap in one unit of work (works for any school
    of a shared database: everything goes through the school's scoped session)."""
    with scope.unit_of_work() as session:
        _fill(session, ctx)


def _fill(session: Session, ctx: DemoContext) -> None:
    programme = save_programme.core(
        session,
        ProgrammeRow(
            None,
            data.TITLE,
            ctx.years[0],
            ctx.years[-1],
            data.ORDER_NUMBER,
            date(ctx.years[0].start_year, 8, 28),
            data.GOAL,
            data.ANALYSIS,
            True,
        ),
    ).value
    ctx.refs["programme"] = programme.id
    tasks = _tasks(session, programme.id, ctx)
    reasons = {r.title: r.id for r in reasons_in(session) if r.shipped}
    rows = []
    for year in ctx.years:
        for template in data.activities_of(year.start_year):
            rows.append(_activity(template, year, tasks, reasons, ctx))
    save_activities.core(session, rows, today=ctx.today)


def _tasks(session: Session, programme_id: uuid.UUID, ctx: DemoContext) -> dict[int, uuid.UUID]:
    ids = {}
    held = _events_held(session)
    for number, (text, results) in enumerate(data.TASKS, start=1):
        task = save_task.core(session, TaskRow(None, programme_id, number, text)).value
        ids[number] = task.id
        ctx.refs[f"programme:task:{number}"] = task.id
        ctx.refs[f"task:{number}"] = task.id
        for result_text, about in results:
            result = save_result.core(session, ResultRow(None, task.id, result_text)).value
            for year in ctx.years[:-1]:
                degree = _degree(about, year, held)
                if degree is None:
                    continue
                level, wording, evidence = degree
                comment = "" if level == data.A else "Работа продолжается."
                row = AchievementRow(Achievement(level), evidence, comment)
                set_achievement.core(session, result.id, year, row)
                if wording:
                    _set_wording(session, result.id, year, wording)
    return ids


def _events_held(session: Session) -> dict[AcademicYear, int]:
    counts: dict[AcademicYear, int] = {}
    for day in session.scalars(select(JointEvent.day).where(JointEvent.held.is_(True))):
        year = AcademicYear.containing(day)
        counts[year] = counts.get(year, 0) + 1
    return counts


def _degree(about, year: AcademicYear, held: dict[AcademicYear, int]) -> tuple | None:
    """(level, own wording, evidence) of a result in a past year; ``None`` for a year
    after the story (a demo built after 2026-2027)."""
    index = year.start_year - FIRST_YEAR.start_year
    if about == data.EVENTS:
        count = held.get(year, 0)
        level = (
            data.A if count >= data.MIN_EVENTS else data.P if count >= data.SOME_EVENTS else data.N
        )
        return level, "", f"Проведено совместных мероприятий: {count}"
    if isinstance(about[0], str):
        if index >= min(len(STORY[code][0]) for code in about):
            return None
        return _by_indicators(about, index), "", _evidence(about, index)
    level, wording = about[min(index, len(about) - 1)]
    return level, wording, ""


def _by_indicators(codes: tuple[str, ...], index: int) -> str:
    met = [_met(code, index) for code in codes]
    if all(met):
        return data.A
    if any(met) or any(_improved(code, index) for code in codes):
        return data.P
    return data.N


def _met(code: str, index: int) -> bool:
    actual, target = STORY[code][0][index], STORY[code][1][index]
    return actual <= target if code in _LOWER_IS_BETTER else actual >= target


def _improved(code: str, index: int) -> bool:
    if index == 0:
        return False
    now, before = STORY[code][0][index], STORY[code][0][index - 1]
    return now < before if code in _LOWER_IS_BETTER else now > before


def _evidence(codes: tuple[str, ...], index: int) -> str:
    parts = [f"{_number(STORY[c][0][index])} при цели {_number(STORY[c][1][index])}" for c in codes]
    return "Факт: " + "; ".join(parts)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _set_wording(session: Session, result_id: uuid.UUID, year: AcademicYear, text: str) -> None:
    session.flush()
    stored = session.scalars(
        select(ResultAchievement).where(
            ResultAchievement.result_id == result_id, ResultAchievement.year == year
        )
    ).one()
    stored.wording = text


def _activity(template, year, tasks, reasons, ctx) -> ActivityRow:
    task, title, month, who, value, unit, forecast = template
    start, end = month_bounds(year, month)
    row = ActivityRow(
        id=None,
        year=year,
        title=title,
        task_id=tasks[task],
        start=start,
        end=end,
        period_text=texts.MONTHS[month - 1],
        responsible=who,
        responsible_role=STAFF[who],
        forecast_value=value,
        forecast_unit=unit,
        forecast_text=forecast,
        resource_kind=_RESOURCES.get(task, ResourceKind.INTERNAL),
    )
    _outcome(row, year, reasons, ctx)
    return row


def _outcome(row: ActivityRow, year, reasons, ctx) -> None:
    today = ctx.today
    if row.end < today and year != ctx.current_year:
        row.status = _PAST[ctx.rng.randrange(len(_PAST))]
        if year.start_year == 2020 and row.start.month in (11, 12, 1, 2, 3, 4):
            row.status = ctx.rng.choice((Status.DONE, Status.CANCELLED))
        if row.title in data.ALWAYS_DONE:
            row.status = Status.DONE
    elif row.end < today:
        row.status = ctx.rng.choice((Status.DONE, Status.IN_PROGRESS, Status.PLANNED))
    elif row.start <= today:
        row.status = Status.IN_PROGRESS
    else:
        row.status = Status.PLANNED
    if year == ctx.current_year and row.title.startswith("Составление"):
        row.status = Status.IN_PROGRESS  # the routes are late this year: overdue
    if row.status is Status.DONE:
        row.actual_result = row.forecast_text[:1].upper() + row.forecast_text[1:] + "."
        number = f"{ctx.rng.randint(2, 120)}-од"
        row.evidence = [EvidenceDoc("Приказ о выполнении мероприятия", number, row.end)]
    elif row.status is Status.PARTIAL:
        row.actual_result = data.ACTUAL_PARTIAL
    if row.status in (Status.PARTIAL, Status.NOT_DONE, Status.CANCELLED):
        title = _reason_for(row, year, ctx)
        row.reason_id, row.reason_text = reasons[title], data.REASON_NOTES[title]
    if year == ctx.current_year and row.start.month == 9:
        row.status = Status.IN_PROGRESS if row.title.startswith("Диагностика") else row.status
        row.actual_result = "" if row.status is Status.IN_PROGRESS else row.actual_result


def _reason_for(row: ActivityRow, year, ctx) -> str:
    if year.start_year == 2020:
        return "Ограничительные меры"
    return ctx.rng.choice(tuple(t for t in data.REASON_NOTES if t != "Ограничительные меры"))
