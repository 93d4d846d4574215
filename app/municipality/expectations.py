"""What the methodologist expects: schools named before their first package, and package
deadlines. Rows belong to the municipality (``municipality_id``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.folding import fold
from app.municipality import texts
from app.scope import SchoolScope, operation, school_of
from db.models.municipality import ExpectedSchool, PackageDeadline

CHANGED = Changes(exchange=True)


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    id: uuid.UUID
    title: str
    opens_on: date
    due_on: date


@operation
def add_expected_school(session: Session, name: str) -> OpResult[uuid.UUID]:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(texts.EXPECTED_NAME_REQUIRED)
    owner = school_of(session)
    held = session.scalars(
        select(ExpectedSchool.name).where(ExpectedSchool.municipality_id == owner)
    ).all()
    if fold(name) in {fold(n) for n in held}:
        raise ValidationError(texts.EXPECTED_DUPLICATE.format(name=name))
    row = ExpectedSchool(municipality_id=owner, name=name, note="")
    session.add(row)
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def remove_expected_school(session: Session, expected_id: uuid.UUID) -> OpResult[None]:
    _delete(session, ExpectedSchool, expected_id)
    return OpResult(None, CHANGED)


@operation
def add_deadline(session: Session, title: str, opens_on: date, due_on: date) -> OpResult[uuid.UUID]:
    title = " ".join(title.split())
    if not title:
        raise ValidationError(texts.DEADLINE_TITLE_REQUIRED)
    if due_on < opens_on:
        raise ValidationError(
            texts.DEADLINE_ORDER.format(
                due=due_on.strftime("%d.%m.%Y"), opens=opens_on.strftime("%d.%m.%Y")
            )
        )
    row = PackageDeadline(
        municipality_id=school_of(session), title=title, opens_on=opens_on, due_on=due_on
    )
    session.add(row)
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def remove_deadline(session: Session, deadline_id: uuid.UUID) -> OpResult[None]:
    _delete(session, PackageDeadline, deadline_id)
    return OpResult(None, CHANGED)


def _delete(session: Session, model: type, row_id: uuid.UUID) -> None:
    done = session.execute(
        delete(model).where(model.id == row_id, model.municipality_id == school_of(session))
    )
    if done.rowcount != 1:
        raise NotFoundError(texts.NOT_FOUND)


def deadlines(scope: SchoolScope) -> list[DeadlineRow]:
    """The municipality's deadlines, the latest due first, then by title (ё and case
    folded here: SQL's lower() folds only Latin letters on SQLite, every letter on
    PostgreSQL)."""
    with scope.reading() as session:
        rows = session.execute(
            select(
                PackageDeadline.id,
                PackageDeadline.title,
                PackageDeadline.opens_on,
                PackageDeadline.due_on,
            ).where(PackageDeadline.municipality_id == scope.school_id)
        ).all()
    rows.sort(key=lambda row: (-row.due_on.toordinal(), fold(row.title), row.title, row.opens_on))
    return [DeadlineRow(*row) for row in rows]
