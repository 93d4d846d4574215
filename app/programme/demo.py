"""Demo step: the programme 2020-2021 → current year with its roadmap (seed 002 in spirit)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
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

# Which past-year outcome each of 20 rng draws maps to (mostly done).
_PAST = (Status.DONE,) * 14 + (Status.PARTIAL,) * 3 + (Status.NOT_DONE,) * 2 + (Status.CANCELLED,)
# Partnership work uses partners' resources, the environment task the municipality's.
_RESOURCES = {3: ResourceKind.PARTNER, 5: ResourceKind.MUNICIPAL}


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
        for template in data.ACTIVITIES:
            rows.append(_activity(template, year, tasks, reasons, ctx))
    save_activities.core(session, rows, today=ctx.today)


def _tasks(session: Session, programme_id: uuid.UUID, ctx: DemoContext) -> dict[int, uuid.UUID]:
    ids = {}
    levels = (Achievement.NOT_ACHIEVED, Achievement.PARTIAL, Achievement.ACHIEVED)
    for number, (text, results) in enumerate(data.TASKS, start=1):
        task = save_task.core(session, TaskRow(None, programme_id, number, text)).value
        ids[number] = task.id
        ctx.refs[f"programme:task:{number}"] = task.id
        ctx.refs[f"task:{number}"] = task.id
        for result_text in results:
            result = save_result.core(session, ResultRow(None, task.id, result_text)).value
            for index, year in enumerate(ctx.years[:-1]):
                # progress over the years: not achieved → partial → achieved
                level = levels[min(2, (index + ctx.rng.randint(0, 2)) // 2)]
                comment = "" if level is Achievement.ACHIEVED else "Работа продолжается."
                set_achievement.core(session, result.id, year, AchievementRow(level, "", comment))
    return ids


def _activity(template, year, tasks, reasons, ctx) -> ActivityRow:
    task, title, month, who, role, value, unit, forecast = template
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
        responsible_role=role,
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
