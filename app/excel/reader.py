"""Read a sheet exported by :mod:`app.excel.writer` back into rows, safely.

openpyxl parses with defusedxml when it is installed (it is a dependency), so entity
expansion attacks are refused. Errors are collected with their sheet and cell address.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.excel import texts

MAX_ROWS = 50_000


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
    """Read ``sheet`` whose first row must hold ``expected_headers`` in order."""
    workbook = _open(path)
    try:
        if sheet not in workbook.sheetnames:
            raise ExcelImportError([CellError(sheet, "", texts.NO_SHEET.format(sheet=sheet))])
        ws = workbook[sheet]
        rows = ws.iter_rows(values_only=True)
        header = list(next(rows, ()) or ())
        _check_header(sheet, header, expected_headers)
        result = SheetRows(sheet, list(expected_headers))
        for number, values in enumerate(rows, start=2):
            if number - 1 > MAX_ROWS:
                reason = texts.TOO_MANY_ROWS.format(rows=ws.max_row, limit=MAX_ROWS)
                raise ExcelImportError([CellError(sheet, "", reason)])
            cells = [_clean(v) for v in values[: len(expected_headers)]]
            if all(v is None for v in cells):
                continue
            cells += [None] * (len(expected_headers) - len(cells))
            result.rows.append((number, dict(zip(expected_headers, cells, strict=True))))
        return result
    finally:
        workbook.close()


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as err:
        raise ValidationError(texts.NOT_A_WORKBOOK.format(path=path, reason=err)) from err
    except Exception as err:  # defusedxml and openpyxl raise many kinds on hostile files
        reason = type(err).__name__
        raise ValidationError(texts.NOT_A_WORKBOOK.format(path=path, reason=reason)) from err


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
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, date | int | float) or value is None:
        return value
    return value
