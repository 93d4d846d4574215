"""What the reports engine prints about the programme and the roadmap (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.programme.periods import period_label
from app.programme.programmes import ProgrammeRow, current_in, programmes_in
from app.programme.results import results_in
from app.programme.roadmap import list_activities, status_text
from app.programme.tasks import tasks_in
from app.scope import SchoolScope
from db.models.programme import ResultAchievement, RoadmapActivity


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


def _programme_for(session: Session, year: AcademicYear) -> ProgrammeRow | None:
    current = current_in(session)
    if current is not None and current.covers(year):
        return current
    return next((p for p in programmes_in(session) if p.covers(year)), None)


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
    with scope.reading() as session:
        programme = _programme_for(session, year)
        if programme is None:
            return None
        tasks = [TaskLine(t.number, t.text) for t in tasks_in(session, programme.id)]
        planned = results_in(session, programme.id)
    results = []
    for r in planned:
        now = r.achievements.get(year)
        earlier = sorted(y for y in r.achievements if y.start_year < year.start_year)
        results.append(
            ResultLine(
                r.task_number,
                r.text,
                now.shown if now else "",
                now.comment if now else "",
                [YearLevel(y, r.achievements[y].shown, r.achievements[y].comment) for y in earlier],
            )
        )
    return ProgrammeYear(
        programme.title,
        programme.period_text,
        programme.first_year,
        programme.last_year,
        _approval(programme),
        programme.goal,
        programme.problem_analysis,
        tasks,
        results,
    )


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
    rows = list_activities(scope, year, today=today)
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


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Years with roadmap activities or assessed planned results."""
    with scope.reading() as session:
        years = set(session.scalars(select(RoadmapActivity.year).distinct()))
        years.update(session.scalars(select(ResultAchievement.year).distinct()))
    return years
