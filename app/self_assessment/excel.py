"""The ``deficits`` table of ``export-xlsx`` / ``import-xlsx``: deficits and strengths.

The export is also the import template: a row with a known «Код записи» updates that
record (text, area, confirmation, offer); a row without a code adds a manual record.
The whole file is checked first; any error refuses it and nothing changes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, parse_year
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.excel import CellError, Column, ExcelImportError, SheetRows, read_table, write_table
from app.scope import SchoolScope, operation
from app.self_assessment import texts as t
from app.self_assessment.deficits import CHANGED, deficits_in, strengths_in
from app.tables import ImportSummary
from db.models.self_assessment import Deficit, Strength

DEFICIT_HEADERS = (
    t.COL_ID,
    t.COL_YEAR,
    t.COL_AREA,
    t.COL_DEFICIT,
    t.COL_RISK,
    t.COL_SCORE,
    t.COL_SOURCE,
    t.COL_CONFIRMED,
)
STRENGTH_HEADERS = (
    t.COL_ID,
    t.COL_YEAR,
    t.COL_AREA,
    t.COL_STRENGTH,
    t.COL_OFFER,
    t.COL_SCORE,
    t.COL_SOURCE,
    t.COL_CONFIRMED,
)
_YES, _NO = {"да", "+", "1", "true"}, {"нет", "-", "0", "false", ""}


@dataclass(frozen=True, slots=True)
class _Edit:
    model: type
    row_id: uuid.UUID | None
    year: AcademicYear
    area: str
    text: str
    confirmed: bool
    offer: bool = False


def _yes(value: bool) -> str:
    return "да" if value else "нет"


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _deficit_columns() -> list[Column]:
    values = (
        lambda r: str(r.id),
        lambda r: str(r.year),
        lambda r: r.area_title,
        lambda r: r.text,
        lambda r: r.risk_label,
        lambda r: _score(r.score),
        lambda r: r.source_label,
        lambda r: _yes(r.confirmed),
    )
    return [Column(h, v) for h, v in zip(DEFICIT_HEADERS, values, strict=True)]


def _strength_columns() -> list[Column]:
    values = (
        lambda r: str(r.id),
        lambda r: str(r.year),
        lambda r: r.area_title,
        lambda r: r.text,
        lambda r: _yes(r.offer),
        lambda r: _score(r.score),
        lambda r: r.source_label,
        lambda r: _yes(r.confirmed),
    )
    return [Column(h, v) for h, v in zip(STRENGTH_HEADERS, values, strict=True)]


def export_deficits(scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
    """The school's deficits and strengths (of ``year``; all when None) as a workbook."""
    with scope.reading() as session:
        deficits, strengths = deficits_in(session, year), strengths_in(session, year)
    extra = [(t.SHEET_STRENGTHS, _strength_columns(), strengths)]
    return write_table(path, t.SHEET_DEFICITS, _deficit_columns(), deficits, extra_sheets=extra)


def import_deficits(scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
    """All-or-nothing (raises ExcelImportError listing every bad cell); a dry run only
    counts what would change."""
    deficits = read_table(path, t.SHEET_DEFICITS, DEFICIT_HEADERS)
    strengths = read_table(path, t.SHEET_STRENGTHS, STRENGTH_HEADERS)
    if dry_run:
        with scope.reading() as session:
            summary, _ = _plan(session, deficits, strengths)
        return OpResult(summary, Changes())
    return import_sheets(scope, deficits, strengths)


class DeficitsTable:
    """The ``deficits`` table of ``export-xlsx`` / ``import-xlsx``."""

    name = "deficits"
    importable = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        return export_deficits(scope, path, year)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        return import_deficits(scope, path, dry_run)


@operation
def import_sheets(
    session: Session, deficits: SheetRows, strengths: SheetRows
) -> OpResult[ImportSummary]:
    """Check every row of both sheets, then apply the changed and new ones (one transaction)."""
    summary, changed = _plan(session, deficits, strengths)
    for edit in changed:
        _apply(session, edit)
    return OpResult(summary, CHANGED if changed else Changes())


def _plan(
    session: Session, deficits: SheetRows, strengths: SheetRows
) -> tuple[ImportSummary, list[_Edit]]:
    """What the sheets would change; raises ExcelImportError listing every bad cell."""
    known = {
        Deficit: {r.id: r for r in deficits_in(session)},
        Strength: {r.id: r for r in strengths_in(session)},
    }
    errors: list[CellError] = []
    seen: dict[uuid.UUID, int] = {}
    edits = _edits(deficits, Deficit, t.COL_DEFICIT, known[Deficit], errors, seen)
    edits += _edits(strengths, Strength, t.COL_STRENGTH, known[Strength], errors, seen)
    if errors:
        raise ExcelImportError(errors)
    changed = [e for e in edits if e.row_id is None or _differs(e, known[e.model][e.row_id])]
    added = sum(1 for e in changed if e.row_id is None)
    return ImportSummary(added, len(changed) - added, len(edits) - len(changed)), changed


def _edits(sheet: SheetRows, model, text_header, known, errors, seen) -> list[_Edit]:
    result = []
    for number, cells in sheet.rows:
        before = len(errors)

        def bad(header: str, reason: str, number: int = number) -> None:
            errors.append(CellError(sheet.sheet, sheet.cell(number, header), reason))

        row_id = _row_id(cells.get(t.COL_ID), known, lambda r: bad(t.COL_ID, r))
        if row_id is not None and row_id in seen:
            bad(t.COL_ID, t.XL_DUPLICATE_ID.format(value=row_id, row=seen[row_id]))
        elif row_id is not None:
            seen[row_id] = number
        year = _year(cells.get(t.COL_YEAR), lambda r: bad(t.COL_YEAR, r))
        text = str(cells.get(text_header) or "").strip()
        if not text:
            bad(text_header, t.XL_TEXT_REQUIRED)
        confirmed = _flag(cells.get(t.COL_CONFIRMED), lambda r: bad(t.COL_CONFIRMED, r))
        offer = False
        if model is Strength:
            offer = _flag(cells.get(t.COL_OFFER), lambda r: bad(t.COL_OFFER, r))
        if len(errors) == before and year is not None:
            area = str(cells.get(t.COL_AREA) or "").strip()
            result.append(_Edit(model, row_id, year, area, text, confirmed, offer))
    return result


def _row_id(value: Any, known: dict, bad) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        row_id = uuid.UUID(str(value))
    except ValueError:
        bad(t.XL_BAD_ID.format(value=value))
        return None
    if row_id not in known:
        bad(t.XL_UNKNOWN_ID.format(value=value))
    return row_id


def _year(value: Any, bad) -> AcademicYear | None:
    try:
        return parse_year(str(value or ""))
    except ValidationError as err:
        bad(err.message)
        return None


def _flag(value: Any, bad) -> bool:
    text = str(value or "").strip().lower()
    if text in _YES:
        return True
    if text not in _NO:
        bad(t.XL_BAD_YES_NO.format(value=value))
    return False


def _differs(edit: _Edit, row) -> bool:
    old = (row.area_title, row.text, row.confirmed, getattr(row, "offer", False))
    return old != (edit.area or row.area_title, edit.text, edit.confirmed, edit.offer)


def _apply(session: Session, e: _Edit) -> None:
    if e.row_id is None:
        row = e.model(id=uuid.uuid4(), year=e.year, source="manual")
        row.area_title = e.area or t.MANUAL_AREA
        session.add(row)
    else:
        row = session.get(e.model, e.row_id)
        row.area_title = e.area or row.area_title
    row.text, row.confirmed = e.text, e.confirmed
    if e.model is Strength:
        row.offer = e.offer


DEFICITS_TABLE = DeficitsTable()
