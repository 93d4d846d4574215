"""Numbered tasks (задачи) of a programme."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.changes import OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.programmes import CHANGED
from db.engine import Database
from db.models.programme import ProgrammeTask


@dataclass(slots=True)
class TaskRow:
    id: uuid.UUID | None
    programme_id: uuid.UUID
    number: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.number}. {self.text}"


def list_tasks(db: Database, programme_id: uuid.UUID | None) -> list[TaskRow]:
    if programme_id is None:
        return []
    with db.reading() as session:
        found = session.scalars(
            select(ProgrammeTask)
            .where(ProgrammeTask.programme_id == programme_id)
            .order_by(ProgrammeTask.number)
        ).all()
        return [TaskRow(t.id, t.programme_id, t.number, t.text) for t in found]


def save_task(db: Database, row: TaskRow) -> OpResult[TaskRow]:
    row.text = (row.text or "").strip()
    if not row.text:
        raise ValidationError(texts.TASK_TEXT_REQUIRED)
    if not isinstance(row.number, int) or row.number < 1:
        raise ValidationError(texts.TASK_NUMBER_BAD)
    with db.unit_of_work() as session:
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


def delete_task(db: Database, task_id: uuid.UUID) -> OpResult[None]:
    with db.unit_of_work() as session:
        task = session.get(ProgrammeTask, task_id)
        if task is None:
            raise NotFoundError(texts.NOT_FOUND)
        session.delete(task)
    return OpResult(None, CHANGED)
