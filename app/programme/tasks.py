"""Numbered tasks (задачи) of a programme."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.programmes import CHANGED
from app.scope import SchoolScope, operation
from db.models.programme import Programme, ProgrammeTask


@dataclass(slots=True)
class TaskRow:
    id: uuid.UUID | None
    programme_id: uuid.UUID
    number: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.number}. {self.text}"


def tasks_in(session: Session, programme_id: uuid.UUID | None) -> list[TaskRow]:
    """Tasks of a programme by number, inside the caller's session."""
    if programme_id is None:
        return []
    found = session.scalars(
        select(ProgrammeTask)
        .where(ProgrammeTask.programme_id == programme_id)
        .order_by(ProgrammeTask.number)
    ).all()
    return [TaskRow(t.id, t.programme_id, t.number, t.text) for t in found]


def list_tasks(scope: SchoolScope, programme_id: uuid.UUID | None) -> list[TaskRow]:
    with scope.reading() as session:
        return tasks_in(session, programme_id)


def next_number(session: Session, programme_id: uuid.UUID) -> int:
    """The number a new task appended to the programme gets."""
    last = session.scalar(
        select(func.max(ProgrammeTask.number)).where(ProgrammeTask.programme_id == programme_id)
    )
    return (last or 0) + 1


@operation
def save_task(session: Session, row: TaskRow) -> OpResult[TaskRow]:
    """Add or change a task. Numbers are unique within a programme (also in the database):
    a number already taken is refused before anything is written."""
    row.text = (row.text or "").strip()
    if not row.text:
        raise ValidationError(texts.TASK_TEXT_REQUIRED)
    if not isinstance(row.number, int) or isinstance(row.number, bool) or row.number < 1:
        raise ValidationError(texts.TASK_NUMBER_BAD)
    if session.get(Programme, row.programme_id) is None:
        raise NotFoundError(texts.NOT_FOUND)
    clash = session.scalar(
        select(ProgrammeTask.id).where(
            ProgrammeTask.programme_id == row.programme_id,
            ProgrammeTask.number == row.number,
        )
    )
    if clash is not None and clash != row.id:
        raise ValidationError(texts.TASK_NUMBER_TAKEN.format(number=row.number))
    task = session.get(ProgrammeTask, row.id) if row.id else None
    if task is None:
        task = ProgrammeTask(id=row.id or uuid.uuid4(), programme_id=row.programme_id)
        session.add(task)
    task.number, task.text = row.number, row.text
    session.flush()
    return OpResult(TaskRow(task.id, task.programme_id, task.number, task.text), CHANGED)


@operation
def delete_task(session: Session, task_id: uuid.UUID) -> OpResult[None]:
    task = session.get(ProgrammeTask, task_id)
    if task is None:
        raise NotFoundError(texts.NOT_FOUND)
    session.delete(task)
    return OpResult(None, CHANGED)
