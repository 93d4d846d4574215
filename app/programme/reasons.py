"""The catalogue of reasons for non-execution: shipped entries (the same for every school,
seeded by the migration) and a school's own additions. A school may add, rename, hide and
delete its own reasons; the shipped ones can only be used."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.roadmap import CHANGED
from app.scope import SchoolScope, operation
from db.models.programme import NonExecutionReason, RoadmapActivity


@dataclass(slots=True)
class ReasonRow:
    id: uuid.UUID | None
    title: str
    active: bool = True
    position: int = 0
    shipped: bool = False  # comes with the program: cannot be renamed, hidden or deleted


def _row(r: NonExecutionReason) -> ReasonRow:
    return ReasonRow(r.id, r.title, r.active, r.position, r.is_shipped)


def reasons_in(session: Session, include_inactive: bool = False) -> list[ReasonRow]:
    """Shipped and own reasons by position, inside the caller's session."""
    query = select(NonExecutionReason).order_by(
        NonExecutionReason.position, NonExecutionReason.title
    )
    if not include_inactive:
        query = query.where(NonExecutionReason.active.is_(True))
    return [_row(r) for r in session.scalars(query)]


def list_reasons(scope: SchoolScope, include_inactive: bool = False) -> list[ReasonRow]:
    with scope.reading() as session:
        return reasons_in(session, include_inactive)


@operation
def save_reason(session: Session, row: ReasonRow) -> OpResult[ReasonRow]:
    """Add a reason of the school's own or change one; a shipped reason is refused
    (saving it unchanged does nothing)."""
    row.title = (row.title or "").strip()
    if not row.title:
        raise ValidationError(texts.REASON_TITLE_REQUIRED)
    reason = session.get(NonExecutionReason, row.id) if row.id else None
    if reason is not None and reason.is_shipped:
        if (reason.title, reason.active) == (row.title, row.active):
            return OpResult(_row(reason), Changes())
        raise ValidationError(texts.REASON_SHIPPED)
    if reason is None:
        last = session.scalar(select(func.max(NonExecutionReason.position))) or 0
        reason = NonExecutionReason(id=row.id or uuid.uuid4(), position=last + 1)
        session.add(reason)
    reason.title, reason.active = row.title, row.active
    session.flush()
    return OpResult(_row(reason), CHANGED)


@operation
def delete_reason(session: Session, reason_id: uuid.UUID) -> OpResult[None]:
    """Delete an unused reason of the school's own; a reason in use can only be hidden
    (active=False), a shipped one not even that."""
    reason = session.get(NonExecutionReason, reason_id)
    if reason is None:
        raise NotFoundError(texts.NOT_FOUND)
    if reason.is_shipped:
        raise ValidationError(texts.REASON_SHIPPED)
    used = session.scalar(
        select(func.count(RoadmapActivity.id)).where(RoadmapActivity.reason_id == reason_id)
    )
    if used:
        raise ValidationError(texts.REASON_IN_USE.format(title=reason.title, count=used))
    session.delete(reason)
    return OpResult(None, CHANGED)
