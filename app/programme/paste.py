"""Rows pasted from Excel or Word (tab-separated), validated like an import.

Columns, in order: № задачи, мероприятие, срок, ответственный, прогнозируемый результат,
статус, фактический результат, причина невыполнения. Extra columns are ignored; a header
row (first cell «№ задачи») is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.folding import fold
from app.programme import texts
from app.programme.fields import Lookups, read_activity
from app.programme.roadmap import save_activities, validate_activity
from app.programme.rows import ActivityRow
from app.scope import operation

PASTE_COLUMNS = (
    texts.COL_TASK,
    texts.COL_TITLE,
    texts.COL_PERIOD,
    texts.COL_RESPONSIBLE,
    texts.COL_FORECAST_TEXT,
    texts.COL_STATUS,
    texts.COL_ACTUAL,
    texts.COL_REASON,
)


@dataclass(slots=True)
class PasteResult:
    rows: list[ActivityRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # Russian, «Строка N, столбец «…»: …»


def split_rows(text: str) -> list[list[str]]:
    """Tab-separated lines; a quoted cell (Excel) may hold tabs and line breaks."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
    return [row for row in reader if any(cell.strip() for cell in row)]


def parse_paste(text: str, year: AcademicYear, lookups: Lookups) -> PasteResult:
    """Read pasted rows for ``year``; nothing is kept if any row is wrong (see ``errors``)."""
    lines = split_rows(text or "")
    if lines and fold(lines[0][0]) == fold(texts.COL_TASK):
        lines = lines[1:]
    result = PasteResult()
    if not lines:
        result.errors.append(texts.PASTE_EMPTY)
        return result
    for number, cells in enumerate(lines, start=1):
        values = dict(zip(PASTE_COLUMNS, cells, strict=False))

        def fail(column: str, reason: str, n: int = number) -> None:
            result.errors.append(texts.PASTE_ROW.format(row=n, column=column, reason=reason))

        before = len(result.errors)
        row = read_activity(values, year, lookups, fail)
        if len(result.errors) == before:
            try:
                result.rows.append(validate_activity(row))
            except ValidationError as err:
                fail(texts.COL_TITLE, err.message)
    if result.errors:
        result.rows = []
    return result


@operation
def paste_activities(
    session: Session, text: str, year: AcademicYear, today: date | None = None
) -> OpResult[PasteResult]:
    """Read pasted rows for ``year`` against the school's catalogues and save them all in
    one transaction; with any error nothing is saved (``errors`` say why, no changes)."""
    result = parse_paste(text, year, Lookups.of(session))
    if result.errors:
        return OpResult(result, Changes())
    saved = save_activities.core(session, result.rows, today)
    return OpResult(PasteResult(saved.value), saved.changes)
