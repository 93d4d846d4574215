"""Links of the programme with other areas.

- deficit (self-assessment) ↔ programme task / roadmap activity: what the programme does
  about a deficit; read by ``app.self_assessment.trail`` (``Trail.tasks``/``activities``);
- joint event (partnership) → the roadmap activity it serves (``joint_event.activity_id``).

Deleting a task or an activity drops its deficit links (ON DELETE CASCADE) and clears the
events' activity (SET NULL).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import link_texts as texts
from app.programme.programmes import current_in
from app.programme.roadmap import is_overdue, save_activity
from app.programme.rows import ActivityRow, Status
from app.programme.tasks import TaskRow, next_number, save_task
from app.scope import SchoolScope, operation
from db.models.partnership import JointEvent
from db.models.programme import ProgrammeTask, RoadmapActivity
from db.models.programme_links import DeficitActivity, DeficitTask
from db.models.self_assessment import Deficit

LINKED = Changes(programme=True, roadmap=True, self_assessment=True)


def task_label(number: int, text: str) -> str:
    return texts.TASK_LABEL.format(number=number, text=text)


def activity_label(a: RoadmapActivity, today: date) -> str:
    status = Status(a.status)
    word = texts.OVERDUE if is_overdue(status, a.ends_on, today) else texts.STATUSES[status]
    return texts.ACTIVITY_LABEL.format(title=a.title, year=a.year, status=word)


def deficit_tasks(session: Session, deficit_id: uuid.UUID) -> tuple[tuple[uuid.UUID, str], ...]:
    """(task id, «Задача N. text») of the tasks linked to a deficit, by number."""
    query = (
        select(ProgrammeTask)
        .join(DeficitTask, DeficitTask.task_id == ProgrammeTask.id)
        .where(DeficitTask.deficit_id == deficit_id)
        .order_by(ProgrammeTask.number)
    )
    return tuple((t.id, task_label(t.number, t.text)) for t in session.scalars(query))


def deficit_activities(
    session: Session, deficit_id: uuid.UUID, today: date | None = None
) -> tuple[tuple[uuid.UUID, str], ...]:
    """(activity id, «title (year) — status») of the activities linked to a deficit."""
    today = today or date.today()
    query = (
        select(RoadmapActivity)
        .join(DeficitActivity, DeficitActivity.activity_id == RoadmapActivity.id)
        .where(DeficitActivity.deficit_id == deficit_id)
        .order_by(RoadmapActivity.year, RoadmapActivity.starts_on)
    )
    return tuple((a.id, activity_label(a, today)) for a in session.scalars(query))


def task_targets(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Tasks a deficit can be linked to (every programme's), by number."""
    query = select(ProgrammeTask).order_by(ProgrammeTask.number)
    return [(t.id, task_label(t.number, t.text)) for t in session.scalars(query)]


def activity_targets(session: Session, today: date | None = None) -> list[tuple[uuid.UUID, str]]:
    """Activities a deficit (or a joint event) can be linked to, newest year first."""
    today = today or date.today()
    query = select(RoadmapActivity).order_by(RoadmapActivity.year.desc(), RoadmapActivity.starts_on)
    return [(a.id, activity_label(a, today)) for a in session.scalars(query)]


def _deficit(session: Session, deficit_id: uuid.UUID) -> Deficit:
    deficit = session.get(Deficit, deficit_id)
    if deficit is None:
        raise NotFoundError(texts.DEFICIT_NOT_FOUND)
    return deficit


def _add_link(session: Session, model: type, deficit_id: uuid.UUID, **target: uuid.UUID) -> None:
    if session.get(model, (deficit_id, *target.values())) is None:
        session.add(model(deficit_id=deficit_id, **target))


@operation
def task_from_deficit(
    session: Session,
    deficit_id: uuid.UUID,
    programme_id: uuid.UUID | None = None,
    text: str = "",
) -> OpResult[TaskRow]:
    """A new task of the (current) programme worded from the deficit, linked to it."""
    deficit = _deficit(session, deficit_id)
    if programme_id is None:
        programme = current_in(session)
        if programme is None:
            raise ValidationError(texts.NO_PROGRAMME)
        programme_id = programme.id
    wording = text.strip() or texts.TASK_FROM_DEFICIT.format(text=deficit.text)
    number = next_number(session, programme_id)
    created = save_task.core(session, TaskRow(None, programme_id, number, wording))
    _add_link(session, DeficitTask, deficit_id, task_id=created.value.id)
    return OpResult(created.value, created.changes | LINKED)


@operation
def activity_from_deficit(
    session: Session,
    deficit_id: uuid.UUID,
    year: AcademicYear | None = None,
    title: str = "",
    task_id: uuid.UUID | None = None,
) -> OpResult[ActivityRow]:
    """A new planned roadmap activity worded from the deficit, linked to it.

    ``year`` defaults to the academic year after the deficit's (the plan answers the
    self-assessment), never earlier than the current one."""
    deficit = _deficit(session, deficit_id)
    if year is None:
        year = max(deficit.year.next(), AcademicYear.current())
    wording = title.strip() or texts.ACTIVITY_FROM_DEFICIT.format(text=deficit.text)
    created = save_activity.core(session, ActivityRow(None, year, wording, task_id=task_id))
    _add_link(session, DeficitActivity, deficit_id, activity_id=created.value.id)
    created.value.deficit_ids = (*created.value.deficit_ids, deficit_id)
    return OpResult(created.value, created.changes | LINKED)


@operation
def set_event_activity(
    session: Session, event_id: uuid.UUID, activity_id: uuid.UUID | None
) -> OpResult[None]:
    """Say which roadmap activity a joint event serves (``None`` clears it)."""
    event = session.get(JointEvent, event_id)
    if event is None:
        raise NotFoundError(texts.EVENT_NOT_FOUND)
    if activity_id is not None and session.get(RoadmapActivity, activity_id) is None:
        raise NotFoundError(texts.ACTIVITY_NOT_FOUND)
    event.activity_id = activity_id
    return OpResult(None, Changes(partnership=True, roadmap=True))


def activity_events(
    scope: SchoolScope, activity_id: uuid.UUID
) -> list[tuple[uuid.UUID, date, str]]:
    """(event id, day, topic) of the joint events that serve an activity, by day."""
    with scope.reading() as session:
        query = (
            select(JointEvent.id, JointEvent.day, JointEvent.topic)
            .where(JointEvent.activity_id == activity_id)
            .order_by(JointEvent.day)
        )
        return [(i, d, t) for i, d, t in session.execute(query)]
