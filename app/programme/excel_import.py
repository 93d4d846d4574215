"""Import the ``roadmap`` workbook back (the export is the template): all or nothing."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, parse_year
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.excel import CellError, ExcelImportError, SheetRows, read_table
from app.programme import texts
from app.programme.excel import ROADMAP_COLUMNS, ROADMAP_HEADERS
from app.programme.fields import Lookups, read_activity
from app.programme.roadmap import CHANGED, activities_in, store, validate_activity
from app.programme.rows import ActivityRow
from app.scope import operation
from app.tables import ImportSummary

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
        return parse_year(str(value or "").strip())
    except ValidationError:
        fail(texts.COL_YEAR, texts.BAD_YEAR)
        return None


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
    return found


@operation
def import_roadmap(session: Session, path: Path, dry_run: bool = False) -> OpResult[ImportSummary]:
    """Check the whole workbook, then write it in the same transaction (unless ``dry_run``).

    A workbook with any bad cell raises :class:`ExcelImportError` and nothing is written.
    """
    rows, errors, existing = read_rows(session, path)
    if errors:
        raise ExcelImportError(errors)
    changed = [r for r in rows if r.id is None or not _same(r, existing[r.id])]
    added = sum(1 for r in changed if r.id is None)
    summary = ImportSummary(added, len(changed) - added, len(rows) - len(changed))
    if dry_run or not changed:
        return OpResult(summary, Changes())
    store(session, [replace(r) for r in changed])
    return OpResult(summary, CHANGED)
