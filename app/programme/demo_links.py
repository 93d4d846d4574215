"""Demo step after the self-assessment one: ties the demo's deficits to the programme tasks
and roadmap activities that answer them, and joint events to the activities they serve.

Matching is by word stems of the demo's own texts (deficits, activity titles, event kinds).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.folding import fold
from app.scope import SchoolScope
from db.models.partnership import JointEvent
from db.models.programme import ProgrammeTask, RoadmapActivity
from db.models.programme_links import DeficitActivity, DeficitTask
from db.models.self_assessment import Deficit

# Deficit text stems → the demo programme's task number (first match wins).
DEFICIT_TASK = (
    (("родител",), 4),
    (("партн", "сетев"), 3),
    (("оснащ", " среда", " среды"), 5),  # not «средний риск»
    (("педагог", "кадр", "квалификац", "методическ"), 2),
    (("обучающ", "результат", "неуспеш", "адаптивн"), 1),
)
# Joint event kind → stem of the roadmap activity it serves in the same academic year.
EVENT_ACTIVITY = {
    "internship": "стажировк",
    "competition": "олимпиад",
    "teacher_council": "педагогический совет",
    "open_lesson": "взаимопосещ",
}
ACTIVITIES_PER_DEFICIT = 2


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """Link the school's own deficits, tasks, activities and events (its scoped session
    sees no other school's rows, so a second demo school links only its own)."""
    with scope.unit_of_work() as session:
        tasks = {t.number: t.id for t in session.scalars(select(ProgrammeTask))}
        activities = session.scalars(
            select(RoadmapActivity).order_by(RoadmapActivity.starts_on)
        ).all()
        _link_deficits(session, tasks, activities)
        _link_events(session, activities)


def _task_number(text: str) -> int | None:
    folded = fold(text)
    for stems, number in DEFICIT_TASK:
        if any(stem in folded for stem in stems):
            return number
    return None


def _link_deficits(
    session: Session, tasks: dict[int, uuid.UUID], activities: list[RoadmapActivity]
) -> None:
    for deficit in session.scalars(select(Deficit).where(Deficit.confirmed.is_(True))):
        task_id = tasks.get(_task_number(deficit.text) or 0)
        if task_id is None:
            continue
        session.add(DeficitTask(deficit_id=deficit.id, task_id=task_id))
        answer_year: AcademicYear = deficit.year.next()
        chosen = [a for a in activities if a.task_id == task_id and a.year == answer_year]
        for activity in chosen[:ACTIVITIES_PER_DEFICIT]:
            session.add(DeficitActivity(deficit_id=deficit.id, activity_id=activity.id))


def _link_events(session: Session, activities: list[RoadmapActivity]) -> None:
    for event in session.scalars(select(JointEvent)):
        stem = EVENT_ACTIVITY.get(event.kind)
        if stem is None:
            continue
        year = AcademicYear.containing(event.day)
        match = next((a for a in activities if a.year == year and stem in fold(a.title)), None)
        if match is not None:
            event.activity_id = match.id
