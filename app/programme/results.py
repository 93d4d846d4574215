"""Planned results of the tasks and their degree of achievement, year by year (seed 002)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.programmes import CHANGED
from app.programme.rows import Achievement, AchievementRow
from app.scope import SchoolScope, operation
from db.models.programme import PlannedResult, ProgrammeTask, ResultAchievement

MAX_WORDING = 300


@dataclass(slots=True)
class ResultRow:
    id: uuid.UUID | None
    task_id: uuid.UUID
    text: str
    task_number: int = 0
    position: int = 0
    achievements: dict[AcademicYear, AchievementRow] = field(default_factory=dict)


def results_in(session: Session, programme_id: uuid.UUID | None) -> list[ResultRow]:
    """Planned results of a programme (see :func:`list_results`) in the caller's session."""
    if programme_id is None:
        return []
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
            Achievement(a.level), a.evidence, a.comment, a.wording
        )
    return list(rows.values())


def list_results(scope: SchoolScope, programme_id: uuid.UUID | None) -> list[ResultRow]:
    """Planned results of a programme ordered by task number, with every year's level."""
    with scope.reading() as session:
        return results_in(session, programme_id)


@operation
def save_result(session: Session, row: ResultRow) -> OpResult[ResultRow]:
    row.text = (row.text or "").strip()
    if not row.text:
        raise ValidationError(texts.RESULT_TEXT_REQUIRED)
    if session.get(ProgrammeTask, row.task_id) is None:
        raise NotFoundError(texts.NOT_FOUND)
    result = session.get(PlannedResult, row.id) if row.id else None
    if result is None:
        count = session.scalar(
            select(func.count(PlannedResult.id)).where(PlannedResult.task_id == row.task_id)
        )
        result = PlannedResult(id=row.id or uuid.uuid4(), position=count or 0)
        session.add(result)
    result.task_id, result.text = row.task_id, row.text
    session.flush()
    row.id, row.position = result.id, result.position
    return OpResult(row, CHANGED)


@operation
def delete_result(session: Session, result_id: uuid.UUID) -> OpResult[None]:
    result = session.get(PlannedResult, result_id)
    if result is None:
        raise NotFoundError(texts.NOT_FOUND)
    session.delete(result)
    return OpResult(None, CHANGED)


def put_achievement(
    session: Session, result_id: uuid.UUID, year: AcademicYear, value: AchievementRow | None
) -> None:
    """Replace one year's degree of achievement of a result (``None`` clears it)."""
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
                wording=_checked_wording(value.wording),
                evidence=value.evidence,
                comment=value.comment,
            )
        )


def _checked_wording(wording: str | None) -> str:
    text = " ".join((wording or "").split())
    if len(text) > MAX_WORDING:
        raise ValidationError(texts.WORDING_TOO_LONG.format(limit=MAX_WORDING))
    return text


@operation
def set_achievement(
    session: Session,
    result_id: uuid.UUID,
    year: AcademicYear,
    value: AchievementRow | None,
) -> OpResult[None]:
    """Record (or clear, with ``None``) the degree of achievement for one year."""
    if session.get(PlannedResult, result_id) is None:
        raise NotFoundError(texts.NOT_FOUND)
    put_achievement(session, result_id, year, value)
    return OpResult(None, CHANGED)
