"""Deficits and strengths: proposed by a finished run, confirmed, edited, or entered by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.scope import SchoolScope, operation
from app.self_assessment import texts
from app.self_assessment.rows import DeficitRow, StrengthRow
from db.models.programme_links import DeficitActivity, DeficitTask
from db.models.self_assessment import (
    Deficit,
    DeficitEvent,
    DeficitIndicator,
    DeficitMeasure,
    Strength,
)

CHANGED = Changes(self_assessment=True)


@dataclass(slots=True)
class DeficitInput:
    year: AcademicYear
    text: str
    area_title: str = ""
    area_key: str = ""
    confirmed: bool = True


@dataclass(slots=True)
class StrengthInput:
    year: AcademicYear
    text: str
    area_title: str = ""
    area_key: str = ""
    offer: bool = False
    confirmed: bool = True


def deficits_in(
    session: Session, year: AcademicYear | None = None, run_id: uuid.UUID | None = None
) -> list[DeficitRow]:
    query = select(Deficit).order_by(Deficit.year, Deficit.area_title, Deficit.text)
    if year is not None:
        query = query.where(Deficit.year == year)
    if run_id is not None:
        query = query.where(Deficit.run_id == run_id)
    links = _link_counts(session)
    return [deficit_row(d, links.get(d.id, 0)) for d in session.scalars(query)]


def strengths_in(
    session: Session, year: AcademicYear | None = None, run_id: uuid.UUID | None = None
) -> list[StrengthRow]:
    query = select(Strength).order_by(Strength.year, Strength.area_title, Strength.text)
    if year is not None:
        query = query.where(Strength.year == year)
    if run_id is not None:
        query = query.where(Strength.run_id == run_id)
    return [strength_row(s) for s in session.scalars(query)]


def list_deficits(
    scope: SchoolScope, year: AcademicYear | None = None, run_id: uuid.UUID | None = None
) -> list[DeficitRow]:
    with scope.reading() as session:
        return deficits_in(session, year, run_id)


def list_strengths(
    scope: SchoolScope, year: AcademicYear | None = None, run_id: uuid.UUID | None = None
) -> list[StrengthRow]:
    with scope.reading() as session:
        return strengths_in(session, year, run_id)


@operation
def save_deficit(
    session: Session, info: DeficitInput, deficit_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    """Add a manual deficit (``deficit_id`` None) or edit one's text, area and confirmation."""
    text = info.text.strip()
    if not text:
        raise ValidationError(texts.DEFICIT_TEXT_REQUIRED)
    if deficit_id is None:
        row = Deficit(id=uuid.uuid4(), year=info.year, source="manual")
        session.add(row)
    else:
        row = _found(session, Deficit, deficit_id, texts.DEFICIT_NOT_FOUND)
    row.text, row.confirmed = text, info.confirmed
    row.area_title = info.area_title.strip() or row.area_title or texts.MANUAL_AREA
    row.area_key = info.area_key or row.area_key or ""
    return OpResult(row.id, CHANGED)


@operation
def save_strength(
    session: Session, info: StrengthInput, strength_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    text = info.text.strip()
    if not text:
        raise ValidationError(texts.STRENGTH_TEXT_REQUIRED)
    if strength_id is None:
        row = Strength(id=uuid.uuid4(), year=info.year, source="manual")
        session.add(row)
    else:
        row = _found(session, Strength, strength_id, texts.STRENGTH_NOT_FOUND)
    row.text, row.confirmed, row.offer = text, info.confirmed, info.offer
    row.area_title = info.area_title.strip() or row.area_title or texts.MANUAL_AREA
    row.area_key = info.area_key or row.area_key or ""
    return OpResult(row.id, CHANGED)


@operation
def set_confirmed(
    session: Session, ids: list[uuid.UUID], confirmed: bool, strengths: bool = False
) -> OpResult[int]:
    """Confirm (or withdraw) the school's deficits or strengths among ``ids``; how many."""
    model = Strength if strengths else Deficit
    rows = session.scalars(select(model).where(model.id.in_(ids))).all()
    for row in rows:
        row.confirmed = confirmed
    return OpResult(len(rows), CHANGED)


@operation
def delete_deficit(session: Session, deficit_id: uuid.UUID) -> OpResult[None]:
    session.delete(_found(session, Deficit, deficit_id, texts.DEFICIT_NOT_FOUND))
    return OpResult(None, CHANGED)


@operation
def delete_strength(session: Session, strength_id: uuid.UUID) -> OpResult[None]:
    session.delete(_found(session, Strength, strength_id, texts.STRENGTH_NOT_FOUND))
    return OpResult(None, CHANGED)


def deficit_row(d: Deficit, links: int = 0) -> DeficitRow:
    return DeficitRow(
        d.id,
        d.year,
        d.run_id,
        d.instrument_key,
        d.area_key,
        d.area_title,
        d.item_key,
        d.text,
        d.risk,
        d.score,
        d.source,
        d.confirmed,
        links,
    )


def strength_row(s: Strength) -> StrengthRow:
    return StrengthRow(
        s.id,
        s.year,
        s.run_id,
        s.instrument_key,
        s.area_key,
        s.area_title,
        s.item_key,
        s.text,
        s.score,
        s.offer,
        s.source,
        s.confirmed,
    )


def _link_counts(session: Session) -> dict[uuid.UUID, int]:
    counts: dict[uuid.UUID, int] = {}
    for model in (DeficitMeasure, DeficitEvent, DeficitIndicator, DeficitTask, DeficitActivity):
        query = select(model.deficit_id, func.count()).group_by(model.deficit_id)
        for deficit_id, count in session.execute(query):
            counts[deficit_id] = counts.get(deficit_id, 0) + count
    return counts


def _found(session: Session, model: type, row_id: uuid.UUID, message: str):
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(message)
    return row
