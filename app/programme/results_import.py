"""Import the ``planned-results`` workbook: degree of achievement per result and year.

The export is the template (one row per planned result × academic year). Only the level,
its own wording, evidence and comment are read; a blank level clears that year. All or nothing.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, parse_year
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.excel import CellError, ExcelImportError, read_table
from app.folding import fold
from app.programme import texts
from app.programme.excel import RESULT_HEADERS
from app.programme.programmes import CHANGED, current_in
from app.programme.results import AchievementRow, put_achievement, results_in
from app.programme.rows import Achievement
from app.scope import operation
from app.tables import ImportSummary

# (result, year, level, evidence, comment, wording); level None = clear
Change = tuple[uuid.UUID, AcademicYear, str | None, str, str, str]


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def read_changes(session: Session, path: Path) -> tuple[list[Change], int]:
    """The changes the workbook asks for, and how many rows change nothing (read against
    the session's school's current programme)."""
    sheet = read_table(path, texts.RESULTS_SHEET, RESULT_HEADERS)
    programme = current_in(session)
    if programme is None:
        raise ValidationError(texts.NO_PROGRAMME)
    results = {r.id: r for r in results_in(session, programme.id)}
    levels = {fold(label): code for code, label in texts.ACHIEVEMENTS.items()}
    errors: list[CellError] = []
    changes: list[Change] = []
    seen: dict[tuple, int] = {}
    unchanged = 0
    for number, values in sheet.rows:

        def fail(header: str, reason: str, n: int = number) -> None:
            errors.append(CellError(sheet.sheet, sheet.cell(n, header), reason))

        result_id = _result_id(values.get(texts.COL_ID), results, fail)
        year = _year(values.get(texts.COL_YEAR), programme, fail)
        level_text = _text(values.get(texts.COL_LEVEL))
        level = levels.get(fold(level_text)) if level_text else None
        if level_text and level is None:
            reason = texts.UNKNOWN_VALUE.format(value=level_text, field=texts.COL_LEVEL)
            fail(texts.COL_LEVEL, reason)
        if result_id is None or year is None or (level_text and level is None):
            continue
        if (result_id, year) in seen:
            fail(texts.COL_ID, texts.DUPLICATE_RESULT_YEAR.format(row=seen[(result_id, year)]))
            continue
        seen[(result_id, year)] = number
        evidence, comment, wording = (
            _text(values.get(texts.COL_EVIDENCE)),
            _text(values.get(texts.COL_COMMENT)),
            " ".join(_text(values.get(texts.COL_WORDING)).split()),
        )
        old = results[result_id].achievements.get(year)
        now = (
            (str(old.level), old.evidence, old.comment, old.wording) if old else (None, "", "", "")
        )
        if now == (level, evidence, comment, wording) or (level is None and old is None):
            unchanged += 1
        else:
            changes.append((result_id, year, level, evidence, comment, wording))
    if errors:
        raise ExcelImportError(errors)
    return changes, unchanged


def _result_id(value, results: dict, fail) -> uuid.UUID | None:
    try:
        found = uuid.UUID(_text(value))
    except ValueError:
        fail(texts.COL_ID, texts.BAD_ID)
        return None
    if found not in results:
        fail(texts.COL_ID, texts.UNKNOWN_RESULT)
        return None
    return found


def _year(value, programme, fail) -> AcademicYear | None:
    try:
        year = parse_year(_text(value))
    except ValidationError:
        fail(texts.COL_YEAR, texts.BAD_YEAR)
        return None
    if not programme.covers(year):
        fail(texts.COL_YEAR, texts.YEAR_OUTSIDE_PROGRAMME.format(year=year))
        return None
    return year


@operation
def import_results(session: Session, path: Path, dry_run: bool = False) -> OpResult[ImportSummary]:
    """Check the whole workbook, then record every change in the same transaction."""
    changes, unchanged = read_changes(session, path)
    summary = ImportSummary(0, len(changes), unchanged)
    if dry_run or not changes:
        return OpResult(summary, Changes())
    for result_id, year, level, evidence, comment, wording in changes:
        value = AchievementRow(Achievement(level), evidence, comment, wording) if level else None
        put_achievement(session, result_id, year, value)
    return OpResult(summary, CHANGED)
