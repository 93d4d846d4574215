"""Copy the unfinished activities of a year into the next academic year."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import ValidationError
from app.programme import texts
from app.programme.link_store import relink
from app.programme.roadmap import CHANGED, activities_in, store
from app.programme.rows import ActivityRow, Status
from app.scope import SchoolScope, operation
from db.models.programme import RoadmapActivity

UNFINISHED = frozenset({Status.PLANNED, Status.IN_PROGRESS, Status.PARTIAL, Status.NOT_DONE})


def shift_day(day: date | None) -> date | None:
    """The same day one year later (29 February becomes 28 February)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def unfinished(scope: SchoolScope, year: AcademicYear) -> list[ActivityRow]:
    with scope.reading() as session:
        return unfinished_in(session, year)


def unfinished_in(session: Session, year: AcademicYear) -> list[ActivityRow]:
    return [r for r in activities_in(session, year) if r.status in UNFINISHED]


def forward_copy(row: ActivityRow) -> ActivityRow:
    """The next year's copy: new id, same task/title/people, period moved, status planned."""
    return replace(
        row,
        id=uuid.uuid4(),
        year=row.year.next(),
        start=shift_day(row.start),
        end=shift_day(row.end),
        status=Status.PLANNED,
        actual_result="",
        reason_id=None,
        reason_title="",
        reason_text="",
        recommendation="",  # advice on how the old year went
        evidence=[],
        overdue=False,
        event_ids=(),  # events belong to the old year; the deficits it answers carry over
    )


@operation
def copy_forward(
    session: Session, year: AcademicYear, ids: list[uuid.UUID] | None = None
) -> OpResult[list[ActivityRow]]:
    """Copy unfinished activities of ``year`` (or only ``ids`` of them) into ``year.next()``.

    Activities already copied once are not copied again. Returns the new rows.
    """
    source = [r for r in unfinished_in(session, year) if ids is None or r.id in ids]
    if not source:
        raise ValidationError(texts.NOTHING_TO_COPY.format(year=year))
    done = set(
        session.scalars(
            select(RoadmapActivity.copied_from_id).where(
                RoadmapActivity.year == year.next(),
                RoadmapActivity.copied_from_id.is_not(None),
            )
        )
    )
    copies, origins = [], []
    for row in source:
        if row.id not in done:
            copies.append(forward_copy(row))
            origins.append(row.id)
    new_ids = store(session, copies)
    for new_id, origin in zip(new_ids, origins, strict=True):
        session.get(RoadmapActivity, new_id).copied_from_id = origin
    relink(session, copies)
    return OpResult(copies, CHANGED)
