"""Import the ``roadmap`` workbook back (the export is the template): all or nothing."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, update
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, parse_year
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.excel import CellError, ExcelImportError, SheetRows, read_table
from app.programme import texts
from app.programme.excel import ROADMAP_COLUMNS, ROADMAP_HEADERS
from app.programme.fields import Lookups, read_activity
from app.programme.roadmap import CHANGED, activities_in, activity_values, validate_activity
from app.programme.rows import ActivityRow
from app.scope import operation, school_of
from app.sync.collector import collector_paused
from app.tables import ImportSummary
from db.models.programme import ActivityEvidence, RoadmapActivity

_COMPARED = tuple(c for c in ROADMAP_COLUMNS if c.header != texts.COL_ID)


def _same(a: ActivityRow, b: ActivityRow) -> bool:
    return all(c.value(a) == c.value(b) for c in _COMPARED)


def read_rows(
    session: Session, path: Path
) -> tuple[list[ActivityRow], list[CellError], dict[uuid.UUID, ActivityRow]]:
    """Every row of the workbook, with every problem found (sheet, cell, reason), read
    against the session's school (its activities, tasks and reasons)."""
    sheet = read_table(path, texts.ROADMAP_SHEET, ROADMAP_HEADERS)
    existing = {r.id: r for r in activities_in(session)}
    lookups = Lookups.of(session)
    rows, errors, seen = [], [], {}
    for number, values in sheet.rows:
        row = _read_one(sheet, number, values, lookups, errors, existing, seen)
        if row is not None:
            rows.append(row)
    return rows, errors, existing


def _read_one(sheet: SheetRows, number, values, lookups, errors, existing, seen):
    before = len(errors)

    def fail(header: str, reason: str) -> None:
        errors.append(CellError(sheet.sheet, sheet.cell(number, header), reason))

    year = _year(values.get(texts.COL_YEAR), fail)
    task = values.get(texts.COL_TASK)
    if isinstance(task, str) and not task.isascii():  # «²» is a digit to str.isdigit only
        fail(texts.COL_TASK, texts.UNKNOWN_TASK.format(value=task))
        values = {**values, texts.COL_TASK: None}
    row = read_activity(values, year or AcademicYear(2000), lookups, fail)
    row.id = _id(values.get(texts.COL_ID), existing, seen, number, fail)
    if len(errors) > before or year is None:
        return None
    try:
        return validate_activity(row)
    except ValidationError as err:
        fail(texts.COL_TITLE, err.message)
        return None


def _year(value, fail) -> AcademicYear | None:
    try:
        return _parsed_year(str(value or "").strip())
    except ValidationError:
        fail(texts.COL_YEAR, texts.BAD_YEAR)
        return None


@functools.lru_cache(maxsize=64)
def _parsed_year(text: str) -> AcademicYear:
    """:func:`parse_year` once per spelling: a sheet repeats a year or two on every row."""
    return parse_year(text)


def _id(value, existing: dict, seen: dict, number: int, fail) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        found = uuid.UUID(str(value).strip())
    except ValueError:
        fail(texts.COL_ID, texts.BAD_ID)
        return None
    if found not in existing:
        fail(texts.COL_ID, texts.UNKNOWN_ID)
    elif found in seen:
        fail(texts.COL_ID, texts.DUPLICATE_ID.format(row=seen[found]))
    seen.setdefault(found, number)
    stored = existing.get(found)
    return found if stored is None else stored.id  # one id object per activity, not two


@operation
def import_roadmap(session: Session, path: Path, dry_run: bool = False) -> OpResult[ImportSummary]:
    """Check the whole workbook, then write it in the same transaction (unless ``dry_run``).

    A workbook with any bad cell raises :class:`ExcelImportError` and nothing is written.
    """
    # Tens of thousands of rows and values, freed by reference counting: the collector
    # would walk every long-lived object again and again meanwhile, as for a package.
    with collector_paused():
        rows, errors, existing = read_rows(session, path)
        if errors:
            raise ExcelImportError(errors)
        changed = [r for r in rows if r.id is None or not _same(r, existing[r.id])]
        added = sum(1 for r in changed if r.id is None)
        summary = ImportSummary(added, len(changed) - added, len(rows) - len(changed))
        if dry_run or not changed:
            return OpResult(summary, Changes())
        _write(session, changed, existing)
        return OpResult(summary, CHANGED)


def _write(session: Session, rows: list[ActivityRow], before: dict[uuid.UUID, ActivityRow]) -> None:
    """Add and update ``rows`` (checked against this session's school): a few executemany
    statements in the caller's transaction, no ORM objects. An activity is updated only if
    a stored column changed, its evidence replaced only if its documents changed."""
    school = school_of(session)
    activities, documents = RoadmapActivity.__table__, ActivityEvidence.__table__
    added, replaced, evidence = [], [], []
    updated: dict[tuple[str, ...], list[dict]] = {}  # by the columns changed, as the ORM does
    for row in rows:
        values = activity_values(row)
        old = before.get(row.id) if row.id is not None else None
        if old is None:
            activity_id = uuid.uuid4()
            added.append({**values, "id": activity_id, "school_id": school, "position": 0})
        else:
            activity_id = row.id
            stored = activity_values(old)
            changed = {name: value for name, value in values.items() if value != stored[name]}
            if changed:
                updated.setdefault(tuple(changed), []).append({**changed, "key": activity_id})
            if row.evidence == old.evidence:
                continue
            replaced.append(activity_id)
        evidence.extend(
            {
                "activity_id": activity_id,
                "school_id": school,
                "name": d.name,
                "number": d.number,
                "issued_on": d.day,
            }
            for d in row.evidence
        )
    if added:
        session.execute(insert(activities), added)
    where = (activities.c.id == bindparam("key")) & (activities.c.school_id == school)
    for params in updated.values():
        session.execute(update(activities).where(where), params)
    for chunk in _chunks(replaced):
        where = documents.c.activity_id.in_(chunk) & (documents.c.school_id == school)
        session.execute(delete(documents).where(where))
    if evidence:
        session.execute(insert(documents), evidence)


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    return (items[n : n + size] for n in range(0, len(items), size))
