"""What the reports engine prints about the programme and the roadmap (plain dataclasses).

Read with narrow Core queries (``db.lean_tables``), not the ORM models: a report is a
whole process the director waits for (tests/reports/test_lean_reads.py checks these reads
agree with the programme's own use cases).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from app.academic_year import AcademicYear
from app.programme.periods import period_label
from app.programme.rows import (
    Achievement,
    AchievementRow,
    ActivityRow,
    ProgrammeRow,
    ResourceKind,
    Status,
    is_overdue,
    status_text,
)
from app.scope import SchoolScope
from db.lean_tables import (
    non_execution_reason,
    owned,
    planned_result,
    programme,
    programme_task,
    result_achievement,
    roadmap_activity,
    shared_or_owned,
)


@dataclass(frozen=True, slots=True)
class TaskLine:
    """``number`` of the task in the programme and its ``text``."""

    number: int
    text: str

    @property
    def label(self) -> str:
        """«1. Создать систему …» (what a bullet list prints)."""
        return f"{self.number}. {self.text}"


@dataclass(frozen=True, slots=True)
class YearLevel:
    """Degree of achievement in ``year``: ``level`` in Russian («достигнуто» …), ``comment``."""

    year: AcademicYear
    level: str
    comment: str


@dataclass(frozen=True, slots=True)
class ResultLine:
    """A planned result.

    ``task_number``: its task; ``text``: the wording; ``level``/``comment``: the degree of
    achievement in the report's year as the school wrote it (its own wording, else the
    category's title; "" when not assessed); ``previous``: the levels of the
    programme's earlier years, oldest first (years without an assessment are left out).
    """

    task_number: int
    text: str
    level: str
    comment: str
    previous: list[YearLevel] = field(default_factory=list)

    @property
    def achievement_label(self) -> str:
        """The level in the report's year (same as ``level``)."""
        return self.level


@dataclass(frozen=True, slots=True)
class ProgrammeYear:
    """The programme as it stands in one academic year.

    ``title``; ``period`` («2020–2027»); ``first_year``/``last_year``; ``approval`` («приказ
    № 54-од от 28.08.2020», "" if not given); ``goal``; ``problem_analysis``; ``tasks``
    (number, text) in order; ``results``: planned results with levels (see ResultLine).
    """

    title: str
    period: str
    first_year: AcademicYear
    last_year: AcademicYear
    approval: str
    goal: str
    problem_analysis: str
    tasks: list[TaskLine]
    results: list[ResultLine]


@dataclass(frozen=True, slots=True)
class RoadmapLine:
    """One roadmap activity of the year.

    ``period`` as shown («сентябрь», «01.09.2025–30.09.2025»); ``task_number`` (None if no
    task); ``title``; ``responsible`` («Иванова А. А., завуч»); ``forecast`` (the forecast
    result text, with «число единица» in front when a number was planned); ``status``: the
    status in Russian («выполнено», «просрочено» for overdue); ``is_overdue``; ``actual``: the
    actual result; ``reason``: the reason category and its explanation joined by «: ».
    """

    period: str
    task_number: int | None
    title: str
    responsible: str
    forecast: str
    status: str
    is_overdue: bool
    actual: str
    reason: str
    task_text: str = ""
    end: date | None = None  # the deadline: the last day of the period (None: not dated)

    @property
    def execution(self) -> str:
        """Status and actual result together: «выполнено — протокол № 3»."""
        return " — ".join(p for p in (self.status, self.actual) if p)


def _programmes(conn: Connection, owner: uuid.UUID) -> list[ProgrammeRow]:
    """The school's programmes, oldest first (as ``programmes.programmes_in``)."""
    p = programme
    query = (
        select(
            p.c.id,
            p.c.title,
            p.c.first_year,
            p.c.last_year,
            p.c.order_number,
            p.c.order_date,
            p.c.goal,
            p.c.problem_analysis,
            p.c.is_current,
        )
        .where(owned(p, owner))
        .order_by(p.c.first_year)
    )
    return [ProgrammeRow(*row) for row in conn.execute(query)]


def _programme_for(programmes: list[ProgrammeRow], year: AcademicYear) -> ProgrammeRow | None:
    """The current programme (marked so, else the latest) if it covers ``year``, else the
    first that does."""
    current = next((p for p in programmes if p.is_current), programmes[-1] if programmes else None)
    if current is not None and current.covers(year):
        return current
    return next((p for p in programmes if p.covers(year)), None)


def _approval(programme: ProgrammeRow) -> str:
    if not (programme.order_number or programme.order_date):
        return ""
    approval = "приказ"
    if programme.order_number:
        approval += f" № {programme.order_number}"
    if programme.order_date:
        approval += f" от {programme.order_date:%d.%m.%Y}"
    return approval


def programme_year(scope: SchoolScope, year: AcademicYear) -> ProgrammeYear | None:
    """The programme that covers ``year`` (the current one first); None if there is none."""
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        found = _programme_for(_programmes(conn, owner), year)
        if found is None:
            return None
        t = programme_task
        query = (
            select(t.c.number, t.c.text)
            .where(owned(t, owner), t.c.programme_id == found.id)
            .order_by(t.c.number)
        )
        tasks = [TaskLine(number, text) for number, text in conn.execute(query)]
        planned = _results(conn, owner, found.id)
    results = []
    for task_number, text, achievements in planned:
        now = achievements.get(year)
        earlier = sorted(y for y in achievements if y.start_year < year.start_year)
        results.append(
            ResultLine(
                task_number,
                text,
                now.shown if now else "",
                now.comment if now else "",
                [YearLevel(y, achievements[y].shown, achievements[y].comment) for y in earlier],
            )
        )
    return ProgrammeYear(
        found.title,
        found.period_text,
        found.first_year,
        found.last_year,
        _approval(found),
        found.goal,
        found.problem_analysis,
        tasks,
        results,
    )


def _results(
    conn: Connection, owner: uuid.UUID, programme_id: uuid.UUID
) -> list[tuple[int, str, dict[AcademicYear, AchievementRow]]]:
    """(task number, text, levels by year) of the programme's planned results, in the
    order of ``results.results_in``."""
    r, t, a = planned_result, programme_task, result_achievement
    query = (
        select(r.c.id, t.c.number, r.c.text)
        .join(t, r.c.task_id == t.c.id)
        .where(owned(r, owner), owned(t, owner), t.c.programme_id == programme_id)
        .order_by(t.c.number, r.c.position)
    )
    found = {rid: (number, text, {}) for rid, number, text in conn.execute(query)}
    if found:
        query = select(
            a.c.result_id, a.c.year, a.c.level, a.c.evidence, a.c.comment, a.c.wording
        ).where(owned(a, owner), a.c.result_id.in_(list(found)))
        for result_id, year, level, evidence, comment, wording in conn.execute(query):
            found[result_id][2][year] = AchievementRow(
                Achievement(level), evidence, comment, wording
            )
    return list(found.values())


def _forecast(row) -> str:
    number = ""
    if row.forecast_value is not None:
        value = row.forecast_value
        number = f"{int(value) if float(value).is_integer() else value} {row.forecast_unit}"
    return " — ".join(p for p in (number.strip(), row.forecast_text) if p)


def roadmap_year(
    scope: SchoolScope, year: AcademicYear, today: date | None = None
) -> list[RoadmapLine]:
    """The roadmap of ``year`` in plan order (by period start, then task)."""
    rows = _activities(scope, year, today or date.today())
    rows.sort(key=lambda r: (r.start or date.max, r.task_number or 0))
    return [
        RoadmapLine(
            period_label(r.start, r.end, r.period_text),
            r.task_number,
            r.title,
            ", ".join(p for p in (r.responsible, r.responsible_role) if p),
            _forecast(r),
            status_text(r),
            r.overdue,
            r.actual_result,
            ": ".join(p for p in (r.reason_title, r.reason_text) if p),
            r.task_text,
            r.end,
        )
        for r in rows
    ]


def _activities(scope: SchoolScope, year: AcademicYear, today: date) -> list[ActivityRow]:
    """The activities of ``year`` as ``roadmap.list_activities`` gives them (without their
    evidence and links, which the report does not print)."""
    a, t, reason = roadmap_activity, programme_task, non_execution_reason
    owner = scope.school_id
    query = (
        select(*(a.c[name] for name in _ACTIVITY_COLUMNS))
        .where(owned(a, owner), a.c.year == year)
        .order_by(a.c.year, a.c.position, a.c.starts_on, a.c.id)
    )
    with scope.db.engine.connect() as conn:
        activities = conn.execute(query).all()
        tasks = {
            i: (n, text)
            for i, n, text in conn.execute(
                select(t.c.id, t.c.number, t.c.text).where(owned(t, owner))
            )
        }
        reasons = dict(
            conn.execute(
                select(reason.c.id, reason.c.title).where(shared_or_owned(reason, owner))
            ).all()
        )
    rows = []
    for r in activities:
        task = tasks.get(r.task_id)
        status = Status(r.status)
        rows.append(
            ActivityRow(
                id=r.id,
                year=r.year,
                title=r.title,
                task_id=r.task_id,
                task_number=task[0] if task else None,
                task_text=task[1] if task else "",
                start=r.starts_on,
                end=r.ends_on,
                period_text=r.period_text,
                responsible=r.responsible,
                responsible_role=r.responsible_role,
                participants=r.participants,
                forecast_value=r.forecast_value,
                forecast_unit=r.forecast_unit,
                forecast_text=r.forecast_text,
                status=status,
                actual_result=r.actual_result,
                reason_id=r.reason_id,
                reason_title=reasons.get(r.reason_id, "") if r.reason_id else "",
                reason_text=r.reason_text,
                resource_kind=ResourceKind(r.resource_kind) if r.resource_kind else None,
                resource_text=r.resource_text,
                overdue=is_overdue(status, r.ends_on, today),
            )
        )
    return rows


_ACTIVITY_COLUMNS = (
    "id",
    "year",
    "title",
    "task_id",
    "starts_on",
    "ends_on",
    "period_text",
    "responsible",
    "responsible_role",
    "participants",
    "forecast_value",
    "forecast_unit",
    "forecast_text",
    "status",
    "actual_result",
    "reason_id",
    "reason_text",
    "resource_kind",
    "resource_text",
)


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Years with roadmap activities or assessed planned results."""
    a, r = roadmap_activity, result_achievement
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        years = set(conn.scalars(select(a.c.year).where(owned(a, owner)).distinct()))
        years.update(conn.scalars(select(r.c.year).where(owned(r, owner)).distinct()))
    return years
