"""Planned results of the tasks and their degree of achievement, year by year (seed 002)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.programmes import CHANGED
from app.programme.rows import Achievement
from db.engine import Database
from db.models.programme import PlannedResult, ProgrammeTask, ResultAchievement


@dataclass(slots=True)
class AchievementRow:
    level: Achievement
    evidence: str = ""
    comment: str = ""

    @property
    def label(self) -> str:
        return texts.ACHIEVEMENTS[self.level]


@dataclass(slots=True)
class ResultRow:
    id: uuid.UUID | None
    task_id: uuid.UUID
    text: str
    task_number: int = 0
    position: int = 0
    achievements: dict[AcademicYear, AchievementRow] = field(default_factory=dict)


def list_results(db: Database, programme_id: uuid.UUID | None) -> list[ResultRow]:
    """Planned results of a programme ordered by task number, with every year's level."""
    if programme_id is None:
        return []
    with db.reading() as session:
        pairs = session.execute(
            select(PlannedResult, ProgrammeTask.number)
            .join(ProgrammeTask, PlannedResult.task_id == ProgrammeTask.id)
            .where(ProgrammeTask.programme_id == programme_id)
            .order_by(ProgrammeTask.number, PlannedResult.position)
        ).all()
        rows = {r.id: ResultRow(r.id, r.task_id, r.text, number, r.position) for r, number in pairs}
        found = session.scalars(
            select(ResultAchievement).where(ResultAchievement.result_id.in_(list(rows)))
        )
        for a in found:
            rows[a.result_id].achievements[a.year] = AchievementRow(
                Achievement(a.level), a.evidence, a.comment
            )
        return list(rows.values())


def save_result(db: Database, row: ResultRow) -> OpResult[ResultRow]:
    row.text = (row.text or "").strip()
    if not row.text:
        raise ValidationError(texts.RESULT_TEXT_REQUIRED)
    with db.unit_of_work() as session:
        result = session.get(PlannedResult, row.id) if row.id else None
        if result is None:
            count = len(
                session.scalars(
                    select(PlannedResult.id).where(PlannedResult.task_id == row.task_id)
                ).all()
            )
            result = PlannedResult(id=row.id or uuid.uuid4(), position=count)
            session.add(result)
        result.task_id, result.text = row.task_id, row.text
        session.flush()
        row.id, row.position = result.id, result.position
    return OpResult(row, CHANGED)


def delete_result(db: Database, result_id: uuid.UUID) -> OpResult[None]:
    with db.unit_of_work() as session:
        result = session.get(PlannedResult, result_id)
        if result is None:
            raise NotFoundError(texts.NOT_FOUND)
        session.delete(result)
    return OpResult(None, CHANGED)


def set_achievement(
    db: Database,
    result_id: uuid.UUID,
    year: AcademicYear,
    value: AchievementRow | None,
) -> OpResult[None]:
    """Record (or clear, with ``None``) the degree of achievement for one year."""
    with db.unit_of_work() as session:
        if session.get(PlannedResult, result_id) is None:
            raise NotFoundError(texts.NOT_FOUND)
        session.execute(
            delete(ResultAchievement).where(
                ResultAchievement.result_id == result_id, ResultAchievement.year == year
            )
        )
        if value is not None:
            session.add(
                ResultAchievement(
                    result_id=result_id,
                    year=year,
                    level=str(Achievement(value.level)),
                    evidence=value.evidence,
                    comment=value.comment,
                )
            )
    return OpResult(None, CHANGED)
