"""Write one table to an XLSX sheet: styled frozen header, fitted widths, typed cells.

Text is always written as a text cell. openpyxl would turn a string starting with "="
into a formula; we set ``data_type = "s"`` after assigning, which it respects.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.store_errors import file_write_error

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MAX_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its Russian header, and how to get a cell value from a row object."""

    header: str
    value: Callable[[Any], Any]
    width: int | None = None  # characters; fitted to content when None
    number_format: str | None = None


def write_table(
    path: Path,
    sheet_title: str,
    columns: Sequence[Column],
    rows: Iterable[Any],
    *,
    extra_sheets: Sequence[tuple[str, Sequence[Column], Iterable[Any]]] = (),
) -> Path:
    """Write ``rows`` (any objects) through ``columns`` into a new workbook at ``path``."""
    from openpyxl import Workbook

    # Write-only: rows are streamed out as they are appended, through one styled cell per
    # column and number format, instead of a styled cell object kept for every value.
    workbook = Workbook(write_only=True)
    content = io.BytesIO()
    try:
        _fill(workbook.create_sheet(), sheet_title, columns, rows)
        for title, more_columns, more_rows in extra_sheets:
            _fill(workbook.create_sheet(), title, more_columns, more_rows)
        # Built in memory, then written by us: a zip archive that fails half-way on a
        # full disk would otherwise complain again from its finaliser, on the user's
        # console.
        workbook.save(content)
    except OSError as err:  # openpyxl streams each sheet through a temporary file
        raise file_write_error(path, err) from err
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as handle:
            handle.write(content.getbuffer())
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as err:
        # A full or write-protected disk: no half-written workbook is left behind.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise file_write_error(path, err) from err
    return path


def _fill(sheet, title: str, columns: Sequence[Column], rows: Iterable[Any]) -> None:
    """One write-only sheet: widths, frozen header and filter are set before any row."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet.title = title[:31]
    values = [[column.value(row) for column in columns] for row in rows]
    for index, column in enumerate(columns):
        width = column.width
        if width is None:
            longest = max((_display_length(line[index]) for line in values), default=0)
            width = min(max(max(longest, len(column.header)) + 2, 8), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    if values:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(values) + 1}"
    thin = Side(style="thin", color="999999")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet)
        set_text(cell, column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    sheet.append(header)
    body = _BodyCells(sheet, columns, Alignment(wrap_text=True, vertical="top"))
    for line in values:
        sheet.append([body.holding(index, value) for index, value in enumerate(line)])


class _BodyCells:
    """A styled cell per (column, number format), refilled for every row: a write-only
    sheet writes an appended row at once, so the same cell can carry the next value."""

    def __init__(self, sheet, columns: Sequence[Column], alignment) -> None:
        self.sheet, self.alignment = sheet, alignment
        self.formats = [c.number_format for c in columns]
        self.cells: list[dict[str | None, Any]] = [{} for _ in columns]

    def holding(self, index: int, value: Any):
        """The column's cell holding ``value`` (typed as :func:`set_value` types it)."""
        value, number_format, text = _typed(value, self.formats[index])
        cell = self.cells[index].get(number_format)
        if cell is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self.sheet)
            cell.alignment = self.alignment
            if number_format:
                cell.number_format = number_format
            self.cells[index][number_format] = cell
        cell.value = value
        if text:
            cell.data_type = "s"
        return cell


def _typed(value: Any, number_format: str | None) -> tuple[Any, str | None, bool]:
    """(cell value, number format or None, written as text?) of a Python value."""
    if value is None or value == "":
        return None, None, False
    if isinstance(value, bool):
        return ("да" if value else "нет"), None, True
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), DATETIME_FORMAT, False
    if isinstance(value, date):
        return value, DATE_FORMAT, False
    if isinstance(value, int | float | Decimal):
        return value, number_format, False
    return str(value), None, True


def set_value(cell, value: Any, number_format: str | None = None) -> None:
    """Dates as dates, numbers as numbers, everything else as text (never a formula)."""
    value, number_format, text = _typed(value, number_format)
    if text:
        set_text(cell, value)
        return
    cell.value = value
    if number_format:
        cell.number_format = number_format


def set_text(cell, text: str) -> None:
    cell.value = text
    cell.data_type = "s"


def _display_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    longest = max((len(line) for line in str(value).splitlines()), default=0)
    return min(longest, MAX_WIDTH)
