"""Indicators in Excel: export the values (and the catalogue), import values back.

Sheet «Значения» has one row per indicator and academic year: code, name, unit, year,
baseline, target, actual. Importing it makes every (code, year) row authoritative for its
three cells: an empty target/actual clears the value; a baseline value makes that year the
indicator's one baseline (two in a file are refused); an empty baseline cell in the row of
the stored baseline's year clears it. Indicators and years absent from the file stay as
they are. Sheet «Каталог» is for reading only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear, parse_year, year_range
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.excel import CellError, Column, ExcelImportError, SheetRows, read_table, write_table
from app.indicators import texts
from app.indicators.catalogue import (
    CHANGED,
    IndicatorRow,
    ensure_builtin,
    list_indicators,
    query_indicators,
)
from app.indicators.common import parse_number
from app.indicators.report_data import years_with_data
from app.indicators.values import (
    IndicatorValues,
    ValueChange,
    all_values,
    query_values,
    set_values,
)
from app.scope import SchoolScope, operation
from app.tables import ImportSummary

VALUE_HEADERS = (
    texts.COL_CODE,
    texts.COL_NAME,
    texts.COL_UNIT,
    texts.COL_YEAR,
    texts.COL_BASELINE,
    texts.COL_TARGET,
    texts.COL_ACTUAL,
)


@dataclass(frozen=True, slots=True)
class _Line:
    indicator: IndicatorRow
    year: AcademicYear
    values: IndicatorValues

    def get(self, kind: str) -> float | None:
        return self.values.value(kind, self.year)


def export_years(scope: SchoolScope, year: AcademicYear | None) -> list[AcademicYear]:
    if year is not None:
        return [year]
    known = years_with_data(scope) | {AcademicYear.current()}
    return year_range(min(known), max(known))


def _value_columns() -> list[Column]:
    return [
        Column(texts.COL_CODE, lambda r: r.indicator.code),
        Column(texts.COL_NAME, lambda r: r.indicator.name, width=50),
        Column(texts.COL_UNIT, lambda r: r.indicator.unit),
        Column(texts.COL_YEAR, lambda r: str(r.year)),
        Column(texts.COL_BASELINE, lambda r: r.get("baseline")),
        Column(texts.COL_TARGET, lambda r: r.get("target")),
        Column(texts.COL_ACTUAL, lambda r: r.get("actual")),
    ]


def _catalogue_columns() -> list[Column]:
    return [
        Column(texts.COL_CODE, lambda r: r.code),
        Column(texts.COL_NAME, lambda r: r.name, width=50),
        Column(texts.COL_UNIT, lambda r: r.unit),
        Column(texts.COL_DIRECTION, lambda r: texts.DIRECTIONS[r.direction]),
        Column(texts.COL_SOURCE, lambda r: texts.SOURCES[r.source]),
        Column(texts.COL_BUILTIN, lambda r: r.is_builtin),
        Column(texts.COL_DESCRIPTION, lambda r: r.description, width=60),
    ]


def export_values(scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
    """Write the school's values (one year, or every year with data) and the catalogue."""
    indicators = list_indicators(scope)
    values = all_values(scope)
    years = export_years(scope, year)
    lines = [_Line(ind, y, values[ind.id]) for ind in indicators for y in years]
    extra = [(texts.SHEET_CATALOGUE, _catalogue_columns(), indicators)]
    return write_table(path, texts.SHEET_VALUES, _value_columns(), lines, extra_sheets=extra)


def import_values(scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
    """Import the values workbook into the school's values: all or nothing."""
    ensure_builtin(scope)  # codes of built-ins must be known even on a fresh database
    return _import_sheet(scope, path, dry_run)


@operation
def _import_sheet(session: Session, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
    sheet = read_table(path, texts.SHEET_VALUES, VALUE_HEADERS)
    indicators = {ind.code: ind for ind in query_indicators(session)}
    changes = _changes(sheet, indicators)
    summary = _summary(changes, query_values(session))
    if dry_run or not (summary.added or summary.updated):
        return OpResult(summary, Changes())
    set_values.core(session, changes)
    return OpResult(summary, CHANGED)


class IndicatorsTable:
    """The ``indicators`` table of ``export-xlsx`` / ``import-xlsx`` and the GUI button."""

    name = "indicators"
    importable = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        return export_values(scope, path, year)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        return import_values(scope, path, dry_run)


def _changes(sheet: SheetRows, indicators: dict[str, IndicatorRow]) -> list[ValueChange]:
    errors: list[CellError] = []
    seen: dict[tuple[str, AcademicYear], int] = {}
    baselines: dict[str, int] = {}
    changes: list[ValueChange] = []
    for number, cells in sheet.rows:
        found = _row(sheet, number, cells, indicators, errors)
        if found is None:
            continue
        indicator, year, baseline, target, actual = found
        key = (indicator.code, year)
        if key in seen:
            reason = texts.DUPLICATE_ROW.format(code=key[0], year=year, first=seen[key])
            errors.append(CellError(sheet.sheet, sheet.cell(number, texts.COL_YEAR), reason))
            continue
        seen[key] = number
        if baseline is not None and indicator.code in baselines:
            reason = texts.TWO_BASELINES.format(
                code=indicator.code, first=baselines[indicator.code], second=number
            )
            errors.append(CellError(sheet.sheet, sheet.cell(number, texts.COL_BASELINE), reason))
        if baseline is not None:
            baselines[indicator.code] = number
        changes += _row_changes(indicator, year, baseline, target, actual)
    if errors:
        raise ExcelImportError(errors)
    return _clear_baselines(changes, indicators, seen, baselines) + changes


def _row(sheet: SheetRows, number: int, cells: dict[str, Any], indicators, errors):
    """Parse one row; append its problems to ``errors`` and return None if it has any."""
    before = len(errors)

    def fail(header: str, reason: str) -> None:
        errors.append(CellError(sheet.sheet, sheet.cell(number, header), reason))

    code = cells[texts.COL_CODE]
    indicator = indicators.get(str(code).strip()) if code is not None else None
    if code is None:
        fail(texts.COL_CODE, texts.CODE_REQUIRED)
    elif indicator is None:
        fail(texts.COL_CODE, texts.UNKNOWN_CODE.format(code=code))
    year = None
    if cells[texts.COL_YEAR] is None:
        fail(texts.COL_YEAR, texts.YEAR_REQUIRED)
    else:
        try:
            year = parse_year(str(cells[texts.COL_YEAR]))
        except ValidationError as err:
            fail(texts.COL_YEAR, err.message)
    unit = indicator.unit if indicator else ""
    numbers = []
    for header in (texts.COL_BASELINE, texts.COL_TARGET, texts.COL_ACTUAL):
        try:
            numbers.append(parse_number(cells[header], unit))
        except ValidationError as err:
            fail(header, err.message)
    if len(errors) > before:
        return None
    return (indicator, year, *numbers)


def _row_changes(indicator, year, baseline, target, actual) -> list[ValueChange]:
    result = [
        ValueChange(indicator.id, year, "target", target),
        ValueChange(indicator.id, year, "actual", actual),
    ]
    if baseline is not None:
        result.append(ValueChange(indicator.id, year, "baseline", baseline))
    return result


def _clear_baselines(changes, indicators, seen, baselines) -> list[ValueChange]:
    """A row of the stored baseline's year with an empty baseline cell clears it."""
    result = []
    for code, year in seen:
        ind = indicators[code]
        if code not in baselines and ind.baseline_year == year:
            result.append(ValueChange(ind.id, year, "baseline", None))
    return result


def _summary(changes: list[ValueChange], stored: dict) -> ImportSummary:
    """Count (indicator, year) pairs that are new, changed or unchanged."""
    pairs: dict[tuple, list[ValueChange]] = {}
    for change in changes:
        pairs.setdefault((change.indicator_id, change.year), []).append(change)
    added = updated = unchanged = 0
    for (indicator_id, year), items in pairs.items():
        values = stored.get(indicator_id)
        old = {c.kind: values.value(c.kind, year) if values else None for c in items}
        if all(old[c.kind] == c.value for c in items):
            unchanged += 1
        elif all(v is None for v in old.values()):
            added += 1
        else:
            updated += 1
    return ImportSummary(added, updated, unchanged)


INDICATORS_TABLE = IndicatorsTable()
