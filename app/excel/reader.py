"""Read a sheet exported by :mod:`app.excel.writer` back into rows, safely and bounded.

Before openpyxl sees the file, :mod:`app.excel.limits` refuses links, devices, FIFOs,
files that are not zips, zip bombs and parts that break the caps (formats, text length,
rows, cells), and notes formulas, merged cells, error values and NaN/INF in the data
columns. openpyxl then reads in read-only mode with defusedxml, every row actually
present (the declared ``<dimension>`` is ignored), with its warnings silenced. Every
problem is reported in Russian with its sheet and cell; nothing of openpyxl's English
reaches the user.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.excel import caps, limits, texts

MAX_ROWS = caps.MAX_ROWS
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CellError:
    sheet: str
    cell: str  # "B7", or "" for a whole-sheet problem
    reason: str

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{where}: {self.reason}"


class ExcelImportError(ValidationError):
    """An import refused as a whole; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[CellError]) -> None:
        super().__init__(texts.IMPORT_REFUSED.format(count=len(errors)))
        self.errors = list(errors)


@dataclass
class SheetRows:
    sheet: str
    headers: list[str]
    # (excel row number, {header: value}) for every non-empty row after the header
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def cell(self, row_number: int, header: str) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.headers.index(header) + 1)}{row_number}"


def read_table(path: Path, sheet: str, expected_headers: Sequence[str]) -> SheetRows:
    """Read ``sheet`` whose first row must hold ``expected_headers`` in order.

    Raises :class:`ExcelImportError` (cells) or ``ValidationError`` (the file as a whole),
    each worded in Russian; stops at the first cap."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        handle = limits.open_checked(path)
        try:
            return _read(handle, path, sheet, list(expected_headers))
        except caps.CapError as cap:
            raise ExcelImportError([CellError(cap.sheet, cap.cell, cap.reason)]) from None
        finally:
            handle.close()


def _read(handle, path: Path, sheet: str, expected: list[str]) -> SheetRows:
    archive = limits.check_archive(handle, path)
    try:
        scan = limits.scan_archive(archive, path, len(expected))
    finally:
        archive.close()
    handle.seek(0)
    workbook = _open(handle, path)
    try:
        if sheet not in workbook.sheetnames:
            raise ExcelImportError([CellError(sheet, "", texts.NO_SHEET.format(sheet=sheet))])
        ws = workbook[sheet]
        part = getattr(ws, "_worksheet_path", None)
        if part is None:
            raise ExcelImportError([CellError(sheet, "", texts.NO_SHEET.format(sheet=sheet))])
        findings = scan.findings.get(part, [])
        ws.reset_dimensions()  # every row present, not the declared <dimension>
        # Values only: the scan above has already noted error values and formulas (read
        # as their cached values) in the data columns.
        rows = ws.iter_rows(min_row=1, max_col=len(expected), values_only=True)
        number = 0
        try:
            header = list(next(rows, ()))
            number = 1
            _check_header(sheet, header, expected)
            if findings:
                raise ExcelImportError([CellError(sheet, f.cell, f.reason) for f in findings])
            return _rows(sheet, rows, expected)
        except (ExcelImportError, ValidationError):
            raise
        except Exception as err:  # openpyxl on a damaged sheet: ValueError, IndexError, …
            log.info("sheet %s of %s unreadable: %r", sheet, path, err)
            reason = texts.BROKEN_SHEET.format(row=number)
            raise ExcelImportError([CellError(sheet, "", reason)]) from None
    finally:
        workbook.close()


def _rows(sheet: str, rows, expected: list[str]) -> SheetRows:
    result = SheetRows(sheet, expected)
    errors: list[CellError] = []
    width = len(expected)
    for number, cells in enumerate(rows, start=2):
        if number - 1 > MAX_ROWS:
            reason = texts.TOO_MANY_ROWS.format(limit=caps.grouped(MAX_ROWS))
            raise ExcelImportError([CellError(sheet, "", reason)])
        values = [_clean(value) for value in cells]
        if all(v is None for v in values):
            continue
        for index, value in enumerate(values):
            problem = None if value is None or type(value) is str else _problem(value)
            if problem is not None:
                from openpyxl.utils import get_column_letter

                errors.append(CellError(sheet, f"{get_column_letter(index + 1)}{number}", problem))
                values[index] = None
        values += [None] * (width - len(values))
        result.rows.append((number, dict(zip(expected, values, strict=True))))
    if errors:
        raise ExcelImportError(errors[: caps.MAX_FINDINGS])
    return result


def _problem(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return texts.NOT_FINITE
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1e15:
        return texts.HUGE_NUMBER
    return None


def _open(handle, path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as err:  # openpyxl and defusedxml raise many kinds on hostile files
        log.info("workbook %s unreadable: %r", path, err)
        raise ValidationError(texts.NOT_A_WORKBOOK.format(name=path.name)) from None


def _check_header(sheet: str, found: list[Any], expected: Sequence[str]) -> None:
    from openpyxl.utils import get_column_letter

    errors = []
    for index, name in enumerate(expected):
        value = found[index] if index < len(found) else None
        cell = f"{get_column_letter(index + 1)}1"
        if value is None:
            errors.append(CellError(sheet, cell, texts.MISSING_HEADER.format(expected=name)))
        elif str(value).strip() != name:
            reason = texts.BAD_HEADER.format(expected=name, found=value)
            errors.append(CellError(sheet, cell, reason))
    if errors:
        raise ExcelImportError(errors)


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, date | int | float) or value is None:
        return value
    return value
