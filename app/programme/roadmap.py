"""Roadmap activities: list, validate, save (one or many), delete and restore (for undo)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.programme import link_store, texts
from app.programme.rows import (  # noqa: F401  (is_overdue, status_text: their old home)
    ActivityRow,
    EvidenceDoc,
    ResourceKind,
    Status,
    is_overdue,
    status_text,
)
from app.scope import SchoolScope, operation
from db.models.programme import (
    ActivityEvidence,
    NonExecutionReason,
    ProgrammeTask,
    RoadmapActivity,
)

CHANGED = Changes(roadmap=True)
FEW_ROWS = 200  # up to this many rows are read by id (well under SQLite's bound-variable cap)
# Statuses that say the activity was not (fully) done: a reason is expected.
NEEDS_REASON = frozenset({Status.PARTIAL, Status.NOT_DONE, Status.CANCELLED})


def validate_activity(row: ActivityRow) -> ActivityRow:
    """Check one activity; raises ValidationError with a Russian sentence."""
    row.title = (row.title or "").strip()
    if not row.title:
        raise ValidationError(texts.TITLE_REQUIRED)
    try:
        row.status = Status(row.status)
    except ValueError as err:
        raise ValidationError(
            texts.UNKNOWN_VALUE.format(value=row.status, field=texts.COL_STATUS)
        ) from err
    if row.resource_kind is not None:
        row.resource_kind = ResourceKind(row.resource_kind)
    if row.start and row.end and row.end < row.start:
        raise ValidationError(
            texts.DATES_ORDER.format(start=f"{row.start:%d.%m.%Y}", end=f"{row.end:%d.%m.%Y}")
        )
    for day in (row.start, row.end):
        if day is not None and not (row.year.first_day <= day <= row.year.last_day):
            raise ValidationError(texts.DATES_OUTSIDE_YEAR.format(year=row.year))
    return row


def activities_in(
    session: Session,
    year: AcademicYear | None = None,
    today: date | None = None,
    *,
    programme_id: uuid.UUID | None = None,
) -> list[ActivityRow]:
    """:func:`list_activities` inside the caller's session."""
    query = select(*_ACTIVITY_COLUMNS).order_by(  # the id: one order on every database
        RoadmapActivity.year,
        RoadmapActivity.position,
        RoadmapActivity.starts_on,
        RoadmapActivity.id,
    )
    if year is not None:
        query = query.where(RoadmapActivity.year == year)
    if programme_id is not None:
        tasks = select(ProgrammeTask.id).where(ProgrammeTask.programme_id == programme_id)
        query = query.where(RoadmapActivity.task_id.in_(tasks) | RoadmapActivity.task_id.is_(None))
    return _rows(session, session.execute(query).all(), today or date.today())


def list_activities(
    scope: SchoolScope,
    year: AcademicYear | None = None,
    today: date | None = None,
    *,
    programme_id: uuid.UUID | None = None,
) -> list[ActivityRow]:
    """Activities (of ``year``; of ``programme_id``'s tasks, plus those with no task)."""
    with scope.reading() as session:
        return activities_in(session, year, today, programme_id=programme_id)


# What an ActivityRow needs of an activity: read as plain rows, not ORM objects.
_ACTIVITY_COLUMNS = tuple(
    getattr(RoadmapActivity, name)
    for name in [
        "id",
        "year",
        "title",
        "task_id",
        "starts_on",
        "ends_on",
        "period_text",
        "responsible",
        "responsible_role",
        "participants",
        "forecast_value",
        "forecast_unit",
        "forecast_text",
        "status",
        "actual_result",
        "reason_id",
        "reason_text",
        "resource_kind",
        "resource_text",
        "recommendation",
    ]
)


def _rows(session: Session, activities: Iterable, today: date) -> list:
    """ActivityRows of ORM activities or of rows of ``_ACTIVITY_COLUMNS``."""
    activities = list(activities)
    # A few rows (a saved edit) read only their own evidence and links, so one cell edit
    # costs the same in a school of 100 activities and of 10,000.
    only = [a.id for a in activities] if len(activities) <= FEW_ROWS else None
    query = select(ProgrammeTask.id, ProgrammeTask.number, ProgrammeTask.text)
    tasks = {t.id: t for t in session.execute(query)}
    reasons = dict(session.execute(select(NonExecutionReason.id, NonExecutionReason.title)).all())
    evidence: dict[uuid.UUID, list[EvidenceDoc]] = {}
    query = select(
        ActivityEvidence.activity_id,
        ActivityEvidence.name,
        ActivityEvidence.number,
        ActivityEvidence.issued_on,
    ).order_by(ActivityEvidence.issued_on)
    if only is not None:
        query = query.where(ActivityEvidence.activity_id.in_(only))
    for activity_id, name, number, issued_on in session.execute(query):
        evidence.setdefault(activity_id, []).append(EvidenceDoc(name, number, issued_on))
    years: dict[AcademicYear, AcademicYear] = {}  # one year object per year, not per row
    rows = [_row(a, tasks.get(a.task_id), reasons, evidence, today, years) for a in activities]
    deficits = link_store.deficit_links(session, only)
    events = link_store.event_links(session, only)
    for row in rows:
        row.deficit_ids = tuple(deficits.get(row.id, ()))
        row.event_ids = tuple(events.get(row.id, ()))
    return rows


def _row(a, task, reasons: dict, evidence: dict, today: date, years: dict) -> ActivityRow:
    status = Status(a.status)
    return ActivityRow(
        id=a.id,
        year=years.setdefault(a.year, a.year),
        title=a.title,
        task_id=task.id if task else a.task_id,  # the task's id object, not one per row
        task_number=task.number if task else None,
        task_text=task.text if task else "",
        start=a.starts_on,
        end=a.ends_on,
        period_text=a.period_text,
        responsible=a.responsible,
        responsible_role=a.responsible_role,
        participants=a.participants,
        forecast_value=a.forecast_value,
        forecast_unit=a.forecast_unit,
        forecast_text=a.forecast_text,
        status=status,
        actual_result=a.actual_result,
        reason_id=a.reason_id,
        reason_title=reasons.get(a.reason_id, "") if a.reason_id else "",
        reason_text=a.reason_text,
        resource_kind=ResourceKind(a.resource_kind) if a.resource_kind else None,
        resource_text=a.resource_text,
        evidence=list(evidence.get(a.id, [])),
        recommendation=a.recommendation or "",
        overdue=is_overdue(status, a.ends_on, today),
    )


def activity_values(row: ActivityRow) -> dict[str, Any]:
    """The stored columns of an activity as ``row`` sets them (by column name)."""
    return {
        "year": row.year,
        "title": row.title,
        "task_id": row.task_id,
        "starts_on": row.start,
        "ends_on": row.end,
        "period_text": row.period_text,
        "responsible": row.responsible.strip(),
        "responsible_role": row.responsible_role.strip(),
        "participants": row.participants,
        "forecast_value": row.forecast_value,
        "forecast_unit": row.forecast_unit,
        "forecast_text": row.forecast_text,
        "status": str(row.status),
        "actual_result": row.actual_result,
        "reason_id": row.reason_id,
        "reason_text": row.reason_text,
        "resource_kind": str(row.resource_kind) if row.resource_kind else None,
        "resource_text": row.resource_text,
    }


def _apply(a: RoadmapActivity, row: ActivityRow) -> None:
    for name, value in activity_values(row).items():
        setattr(a, name, value)
    a.recommendation = row.recommendation.strip()


def _check_targets(session: Session, rows: list[ActivityRow]) -> None:
    """Every task and reason the rows point at is one this school sees."""
    task_ids = {r.task_id for r in rows if r.task_id is not None}
    reason_ids = {r.reason_id for r in rows if r.reason_id is not None}
    if task_ids:
        known = set(session.scalars(select(ProgrammeTask.id).where(ProgrammeTask.id.in_(task_ids))))
        if task_ids - known:
            raise NotFoundError(texts.NOT_FOUND)
    if reason_ids:
        query = select(NonExecutionReason.id).where(NonExecutionReason.id.in_(reason_ids))
        if reason_ids - set(session.scalars(query)):
            raise NotFoundError(texts.NOT_FOUND)


def store(session: Session, rows: Iterable[ActivityRow]) -> list[uuid.UUID]:
    """Insert or update ``rows`` (already validated) inside the caller's session."""
    rows = list(rows)
    _check_targets(session, rows)
    existing = _existing(session, {r.id for r in rows if r.id is not None})
    # One delete per chunk of known activities (not one per row, nor for new ones): their
    # evidence is replaced by what the rows carry, added after every activity.
    for chunk in _chunks(list(existing)):
        session.execute(delete(ActivityEvidence).where(ActivityEvidence.activity_id.in_(chunk)))
    ids, evidence = [], {}
    for row in rows:
        activity = existing.get(row.id) if row.id else None
        if activity is None:
            activity = RoadmapActivity(id=row.id or uuid.uuid4(), position=0)
            session.add(activity)
            existing[activity.id] = activity
        _apply(activity, row)
        evidence[activity.id] = row.evidence
        ids.append(activity.id)
    session.flush()  # the activities first: evidence has no ORM relationship to order it
    session.add_all(
        ActivityEvidence(activity_id=i, name=doc.name, number=doc.number, issued_on=doc.day)
        for i, docs in evidence.items()
        for doc in docs
    )
    return ids


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    return (items[n : n + size] for n in range(0, len(items), size))


def _existing(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, RoadmapActivity]:
    """The stored activities among ``ids``, read in a few queries rather than one per row."""
    found: dict[uuid.UUID, RoadmapActivity] = {}
    for chunk in _chunks(list(ids)):
        query = select(RoadmapActivity).where(RoadmapActivity.id.in_(chunk))
        found.update((a.id, a) for a in session.scalars(query))
    return found


@operation
def save_activities(
    session: Session,
    rows: list[ActivityRow],
    today: date | None = None,
    restore_links: bool = False,
) -> OpResult[list[ActivityRow]]:
    """Validate all, then write all in one transaction; returns the saved rows."""
    checked = [validate_activity(replace(r, evidence=list(r.evidence))) for r in rows]
    ids = store(session, checked)
    session.flush()
    if restore_links:
        link_store.relink(session, checked)
        session.flush()
    saved = session.scalars(select(RoadmapActivity).where(RoadmapActivity.id.in_(ids))).all()
    by_id = {a.id: a for a in _rows(session, saved, today or date.today())}
    return OpResult([by_id[i] for i in ids], CHANGED)


@operation
def save_activity(
    session: Session, row: ActivityRow, today: date | None = None
) -> OpResult[ActivityRow]:
    result = save_activities.core(session, [row], today)
    return OpResult(result.value[0], result.changes)


def get_activity(
    scope: SchoolScope, activity_id: uuid.UUID, today: date | None = None
) -> ActivityRow:
    with scope.reading() as session:
        activity = session.get(RoadmapActivity, activity_id)
        if activity is None:
            raise NotFoundError(texts.NOT_FOUND)
        return _rows(session, [activity], today or date.today())[0]


@operation
def delete_activities(session: Session, ids: list[uuid.UUID]) -> OpResult[list[ActivityRow]]:
    """Delete; returns the deleted rows so the UI can undo with :func:`restore_activities`."""
    found = session.scalars(select(RoadmapActivity).where(RoadmapActivity.id.in_(ids))).all()
    rows = _rows(session, found, date.today())
    for activity in found:
        session.delete(activity)
    return OpResult(rows, CHANGED)


@operation
def restore_activities(session: Session, rows: list[ActivityRow]) -> OpResult[list[ActivityRow]]:
    """Put deleted rows back with their ids and links to deficits/events (undo of a delete)."""
    return save_activities.core(session, rows, restore_links=True)
