"""Transition programmes: the card (title, period, approval, goal, analysis); one is current."""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from app.programme.rows import ProgrammeRow
from app.scope import SchoolScope, operation
from db.models.programme import Programme

CHANGED = Changes(programme=True, roadmap=True)


def _row(p: Programme) -> ProgrammeRow:
    return ProgrammeRow(
        p.id,
        p.title,
        p.first_year,
        p.last_year,
        p.order_number,
        p.order_date,
        p.goal,
        p.problem_analysis,
        p.is_current,
    )


def programmes_in(session: Session) -> list[ProgrammeRow]:
    """The session's school's programmes, oldest first."""
    found = session.scalars(select(Programme).order_by(Programme.first_year)).all()
    return [_row(p) for p in found]


def current_in(session: Session) -> ProgrammeRow | None:
    """The programme marked current, else the latest one, else None (in a session)."""
    programmes = programmes_in(session)
    for programme in programmes:
        if programme.is_current:
            return programme
    return programmes[-1] if programmes else None


def list_programmes(scope: SchoolScope) -> list[ProgrammeRow]:
    with scope.reading() as session:
        return programmes_in(session)


def current_programme(scope: SchoolScope) -> ProgrammeRow | None:
    """The programme marked current, else the latest one, else None."""
    with scope.reading() as session:
        return current_in(session)


def validate_programme(row: ProgrammeRow) -> ProgrammeRow:
    row.title = (row.title or "").strip()
    if not row.title:
        raise ValidationError(texts.PROGRAMME_TITLE_REQUIRED)
    if row.last_year.start_year < row.first_year.start_year:
        raise ValidationError(texts.PROGRAMME_YEARS_ORDER)
    return row


def _make_current(session: Session, programme: Programme) -> None:
    """Clear the other programmes' mark and flush before marking ``programme``: the
    database allows one current programme per school at any moment."""
    session.execute(
        update(Programme)
        .where(Programme.id != programme.id, Programme.is_current.is_(True))
        .values(is_current=False)
    )
    session.flush()
    programme.is_current = True
    session.flush()


_CARD_FIELDS = (
    "title",
    "first_year",
    "last_year",
    "order_number",
    "order_date",
    "goal",
    "problem_analysis",
)


@operation
def save_programme(session: Session, row: ProgrammeRow) -> OpResult[ProgrammeRow]:
    validate_programme(row)
    programme = session.get(Programme, row.id) if row.id else None
    if programme is None:
        first = session.scalar(select(Programme.id).limit(1)) is None
        row.is_current = row.is_current or first
        programme = Programme(id=row.id or uuid.uuid4(), is_current=False)
        session.add(programme)
    for name in _CARD_FIELDS:
        setattr(programme, name, getattr(row, name))
    if not row.is_current:
        programme.is_current = False
    session.flush()
    if row.is_current:
        _make_current(session, programme)
    return OpResult(_row(programme), CHANGED)


@operation
def set_current(session: Session, programme_id: uuid.UUID) -> OpResult[None]:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError(texts.NOT_FOUND)
    _make_current(session, programme)
    return OpResult(None, CHANGED)


@operation
def delete_programme(session: Session, programme_id: uuid.UUID) -> OpResult[None]:
    """Deletes the programme with its tasks and results; activities keep no task."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError(texts.NOT_FOUND)
    session.delete(programme)
    return OpResult(None, CHANGED)
