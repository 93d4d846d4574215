"""The editable catalogue of reasons for non-execution (seeded by the migration)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.changes import OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.roadmap import CHANGED
from db.engine import Database
from db.models.programme import NonExecutionReason, RoadmapActivity


@dataclass(slots=True)
class ReasonRow:
    id: uuid.UUID | None
    title: str
    active: bool = True
    position: int = 0


def list_reasons(db: Database, include_inactive: bool = False) -> list[ReasonRow]:
    with db.reading() as session:
        query = select(NonExecutionReason).order_by(NonExecutionReason.position)
        if not include_inactive:
            query = query.where(NonExecutionReason.active.is_(True))
        return [ReasonRow(r.id, r.title, r.active, r.position) for r in session.scalars(query)]


def save_reason(db: Database, row: ReasonRow) -> OpResult[ReasonRow]:
    row.title = (row.title or "").strip()
    if not row.title:
        raise ValidationError(texts.REASON_TITLE_REQUIRED)
    with db.unit_of_work() as session:
        reason = session.get(NonExecutionReason, row.id) if row.id else None
        if reason is None:
            last = session.scalar(select(func.max(NonExecutionReason.position))) or 0
            reason = NonExecutionReason(id=row.id or uuid.uuid4(), position=last + 1)
            session.add(reason)
        reason.title, reason.active = row.title, row.active
        session.flush()
        return OpResult(ReasonRow(reason.id, reason.title, reason.active, reason.position), CHANGED)


def delete_reason(db: Database, reason_id: uuid.UUID) -> OpResult[None]:
    """Delete an unused reason; a reason in use can only be hidden (active=False)."""
    with db.unit_of_work() as session:
        reason = session.get(NonExecutionReason, reason_id)
        if reason is None:
            raise NotFoundError(texts.NOT_FOUND)
        used = session.scalar(select(func.count()).where(RoadmapActivity.reason_id == reason_id))
        if used:
            raise ValidationError(texts.REASON_IN_USE.format(title=reason.title, count=used))
        session.delete(reason)
    return OpResult(None, CHANGED)
