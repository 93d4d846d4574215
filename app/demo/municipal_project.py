"""The demo office's own project and resources (seed 002), after the schools are imported.

The project lives in the tables schools use for their programme, owned by the office: the
plan's six sections are its tasks, the seven planned results are filed under them (their
``position`` is seed 002's numbering), and the plan's actions are roadmap activities of
the sections, year by year from 2020-2021 (as the seed's table has it) to the current
year (in progress). The catalogue of municipal resources is assigned to the tasks of the
schools' current programmes, leaving one or two tasks of each school without any (the
sufficiency view's gaps). Everything is written in one unit of work of the office.
"""

from __future__ import annotations

import calendar
import random
import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, year_range
from app.demo.context import FIRST_DEMO_YEAR
from app.demo.municipal_project_data import (
    ANALYSIS,
    GOAL,
    OFFICE_STAFF,
    ORDER_DATE,
    ORDER_NUMBER,
    PARTICIPANTS,
    PLAN_2020,
    RESULTS,
    SECTIONS,
    TITLE,
    Action,
)
from app.demo.municipal_project_plan_data import (
    PARTIAL_DONE,
    REASON_NOTES,
    RECOMMENDATIONS,
    actions_of,
)
from app.demo.municipal_project_resources_data import RESOURCES
from app.installation import Installation
from app.municipality.resources import ResourceInput, assign_resource, save_resource, school_tasks
from db.base import catalogue_id
from db.models.programme import (
    ActivityEvidence,
    PlannedResult,
    Programme,
    ProgrammeTask,
    ResultAchievement,
    RoadmapActivity,
)

# A finished year's outcome per draw (mostly done), and the reasons an action fell short.
_PAST = ("done",) * 16 + ("partial",) * 3 + ("not_done",) * 2 + ("cancelled",)
_LATER_REASONS = ("staff", "funding", "postponed", "priorities")
ORDER = "Распоряжение отдела образования"


def fill_municipal_project(office: Installation, today: date, seed: int) -> uuid.UUID:
    """The office's project and resources; returns the project's id."""
    rng = random.Random(f"municipal-project/{seed}")
    tasks = school_tasks(office.scope)  # the schools' tasks, read before writing
    years = year_range(FIRST_DEMO_YEAR, AcademicYear.containing(today))
    with office.scope.unit_of_work() as session:
        project = _project(session, years)
        sections = _sections(session, project)
        _results(session, sections, years[:-1])
        session.flush()  # no ORM relationships order the children after their parents
        for year in years:
            _plan(session, year, sections, today, rng, current=year == years[-1])
        _resources(session, tasks, rng)
    return project


def _project(session: Session, years: list[AcademicYear]) -> uuid.UUID:
    row = Programme(
        id=uuid.uuid4(),
        title=TITLE,
        first_year=years[0],
        last_year=years[-1],
        order_number=ORDER_NUMBER,
        order_date=ORDER_DATE,
        goal=GOAL,
        problem_analysis=ANALYSIS,
        is_current=True,
    )
    session.add(row)
    session.flush()
    return row.id


def _sections(session: Session, project: uuid.UUID) -> dict[int, uuid.UUID]:
    ids = {}
    for number, text in enumerate(SECTIONS, start=1):
        ids[number] = uuid.uuid4()
        session.add(ProgrammeTask(id=ids[number], programme_id=project, number=number, text=text))
    session.flush()
    return ids


def _results(
    session: Session, sections: dict[int, uuid.UUID], finished: list[AcademicYear]
) -> None:
    """The seven results with a degree for every finished year (the current one is not
    assessed yet)."""
    for position, result in enumerate(RESULTS):
        row = PlannedResult(
            id=uuid.uuid4(), task_id=sections[result.section], position=position, text=result.text
        )
        session.add(row)
        session.flush()
        for index, year in enumerate(finished):
            level, wording = result.degrees[min(index, len(result.degrees) - 1)]
            comment = result.comment if index == 0 else ""
            session.add(
                ResultAchievement(
                    result_id=row.id, year=year, level=level, wording=wording, comment=comment
                )
            )


def _plan(
    session: Session,
    year: AcademicYear,
    sections: dict[int, uuid.UUID],
    today: date,
    rng: random.Random,
    current: bool,
) -> None:
    actions = PLAN_2020 if year == FIRST_DEMO_YEAR else actions_of(year.start_year)
    evidence = []
    late = _late(year, actions, today) if current else None
    for position, action in enumerate(actions):
        start, end = _bounds(year, action.months)
        row = RoadmapActivity(
            id=uuid.uuid4(),
            task_id=sections[action.section],
            year=year,
            title=action.title,
            starts_on=start,
            ends_on=end,
            period_text=action.period,
            responsible=action.who,
            responsible_role=OFFICE_STAFF[action.who],
            participants=PARTICIPANTS,
            forecast_value=action.value,
            forecast_unit=action.unit,
            forecast_text=action.forecast,
            position=position,
        )
        if action.status is not None:
            _recorded(row, action)
        elif current:
            _under_way(row, today, overdue=position == late)
        else:
            _drawn(row, action, year, rng)
        session.add(row)
        if row.status == "done" and action.section == 1 and end < today:
            number = f"{rng.randint(15, 290)}-р"
            evidence.append(
                ActivityEvidence(activity_id=row.id, name=ORDER, number=number, issued_on=end)
            )
    session.flush()
    session.add_all(evidence)


def _bounds(year: AcademicYear, months: tuple[int, int] | None) -> tuple[date, date]:
    if months is None:
        return year.first_day, date(year.end_year, 5, 31)
    first, last = months
    start = date(_calendar_year(year, first), first, 1)
    end_year = _calendar_year(year, last)
    return start, date(end_year, last, calendar.monthrange(end_year, last)[1])


def _calendar_year(year: AcademicYear, month: int) -> int:
    return year.start_year if month >= 9 else year.end_year


def _recorded(row: RoadmapActivity, action: Action) -> None:
    """A 2020-2021 action as seed 002's table records it."""
    row.status = action.status
    row.actual_result = action.done or _sentence(action.forecast)
    if action.reason:
        row.reason_id = catalogue_id("non_execution_reason", action.reason)
        row.reason_text = action.reason_text
    row.recommendation = action.recommendation


def _drawn(row: RoadmapActivity, action: Action, year: AcademicYear, rng: random.Random) -> None:
    """A finished year: mostly done; what fell short has a reason and a recommendation."""
    status = _PAST[rng.randrange(len(_PAST))]
    row.status = status
    advice = RECOMMENDATIONS[action.section]
    if status == "done":
        row.actual_result = action.done or _sentence(action.forecast)
        if rng.random() < 0.12:
            row.recommendation = rng.choice(advice)
        return
    row.actual_result = PARTIAL_DONE if status == "partial" else ""
    reasons = _LATER_REASONS + (("restrictions",) if year.start_year == 2021 else ())
    code = rng.choice(reasons)
    row.reason_id = catalogue_id("non_execution_reason", code)
    row.reason_text = REASON_NOTES[code]
    row.recommendation = rng.choice(advice)


def _late(year: AcademicYear, actions: tuple[Action, ...], today: date) -> int | None:
    """The current year's action left overdue: the last to end of those that ended, when
    more than one did."""
    ends = [(_bounds(year, a.months)[1], position) for position, a in enumerate(actions)]
    ended = [(end, position) for end, position in ends if end < today]
    return max(ended)[1] if len(ended) > 1 else None


def _under_way(row: RoadmapActivity, today: date, overdue: bool) -> None:
    """The current year: what ended is done (but one: overdue), what has begun is under
    way, the rest is planned."""
    if row.ends_on < today and not overdue:
        row.status = "done"
        row.actual_result = _sentence(row.forecast_text)
    elif row.starts_on <= today:
        row.status = "in_progress"
    else:
        row.status = "planned"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else f"{text}."


def _resources(session: Session, tasks: list, rng: random.Random) -> None:
    """The catalogue, and for each school one or two tasks left without a resource and
    one or two suited resources for each other task."""
    ids = {}
    for item in RESOURCES:
        data = ResourceInput(item.kind, item.name, item.period, item.responsible, item.note)
        ids[item.name] = save_resource.core(session, data).value
    by_school: dict[uuid.UUID, list] = {}
    for task in tasks:
        by_school.setdefault(task.school_id, []).append(task)
    for school_tasks_ in by_school.values():
        gaps = rng.sample(school_tasks_, k=min(len(school_tasks_) - 1, rng.choice((1, 1, 2))))
        for task in school_tasks_:
            text = task.text.lower()
            suited = [r.name for r in RESOURCES if any(stem in text for stem in r.stems)]
            if task in gaps or not suited:
                continue
            for name in rng.sample(suited, k=min(len(suited), rng.choice((1, 1, 2)))):
                assign_resource.core(session, ids[name], task.task_id)
