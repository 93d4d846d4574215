"""Transition programmes: the card (title, period, approval, goal, analysis); one is current."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import texts
from db.engine import Database
from db.models.programme import Programme

CHANGED = Changes(programme=True, roadmap=True)


@dataclass(slots=True)
class ProgrammeRow:
    id: uuid.UUID | None
    title: str
    first_year: AcademicYear
    last_year: AcademicYear
    order_number: str = ""
    order_date: date | None = None
    goal: str = ""
    problem_analysis: str = ""
    is_current: bool = False

    @property
    def period_text(self) -> str:
        return f"{self.first_year.start_year}–{self.last_year.end_year}"

    def covers(self, year: AcademicYear) -> bool:
        return self.first_year.start_year <= year.start_year <= self.last_year.start_year


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


def list_programmes(db: Database) -> list[ProgrammeRow]:
    with db.reading() as session:
        found = session.scalars(select(Programme).order_by(Programme.first_year)).all()
        return [_row(p) for p in found]


def current_programme(db: Database) -> ProgrammeRow | None:
    """The programme marked current, else the latest one, else None."""
    programmes = list_programmes(db)
    for programme in programmes:
        if programme.is_current:
            return programme
    return programmes[-1] if programmes else None


def validate_programme(row: ProgrammeRow) -> ProgrammeRow:
    row.title = (row.title or "").strip()
    if not row.title:
        raise ValidationError(texts.PROGRAMME_TITLE_REQUIRED)
    if row.last_year.start_year < row.first_year.start_year:
        raise ValidationError(texts.PROGRAMME_YEARS_ORDER)
    return row


def save_programme(db: Database, row: ProgrammeRow) -> OpResult[ProgrammeRow]:
    validate_programme(row)
    with db.unit_of_work() as session:
        programme = session.get(Programme, row.id) if row.id else None
        if programme is None:
            first = session.scalar(select(Programme.id).limit(1)) is None
            row.is_current = row.is_current or first
            programme = Programme(id=row.id or uuid.uuid4())
            session.add(programme)
        for name in (
            "title",
            "first_year",
            "last_year",
            "order_number",
            "order_date",
            "goal",
            "problem_analysis",
            "is_current",
        ):
            setattr(programme, name, getattr(row, name))
        session.flush()
        if row.is_current:
            session.execute(
                update(Programme).where(Programme.id != programme.id).values(is_current=False)
            )
        session.flush()
        return OpResult(_row(programme), CHANGED)


def set_current(db: Database, programme_id: uuid.UUID) -> OpResult[None]:
    with db.unit_of_work() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFoundError(texts.NOT_FOUND)
        session.execute(update(Programme).values(is_current=False))
        session.execute(
            update(Programme).where(Programme.id == programme_id).values(is_current=True)
        )
    return OpResult(None, CHANGED)


def delete_programme(db: Database, programme_id: uuid.UUID) -> OpResult[None]:
    """Deletes the programme with its tasks and results; activities keep no task."""
    with db.unit_of_work() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFoundError(texts.NOT_FOUND)
        session.delete(programme)
    return OpResult(None, CHANGED)
