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

    workbook = Workbook()
    sheet = workbook.active
    _fill(sheet, sheet_title, columns, rows)
    for title, more_columns, more_rows in extra_sheets:
        _fill(workbook.create_sheet(), title, more_columns, more_rows)
    # Built in memory, then written by us: a zip archive that fails half-way on a full
    # disk would otherwise complain again from its finaliser, on the user's console.
    content = io.BytesIO()
    workbook.save(content)
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
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet.title = title[:31]
    thin = Side(style="thin", color="999999")
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    widths = [len(c.header) for c in columns]
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        set_text(cell, column.header)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    body = Alignment(wrap_text=True, vertical="top")  # one style shared by every cell
    for row_index, row in enumerate(rows, start=2):
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=row_index, column=index)
            value = column.value(row)
            set_value(cell, value, column.number_format)
            cell.alignment = body
            widths[index - 1] = max(widths[index - 1], _display_length(value))
    for index, column in enumerate(columns, start=1):
        width = column.width or min(max(widths[index - 1] + 2, 8), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    if sheet.max_row > 1:
        sheet.auto_filter.ref = sheet.dimensions


def set_value(cell, value: Any, number_format: str | None = None) -> None:
    """Dates as dates, numbers as numbers, everything else as text (never a formula)."""
    if value is None or value == "":
        cell.value = None
    elif isinstance(value, bool):
        set_text(cell, "да" if value else "нет")
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "DD.MM.YYYY HH:MM"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int | float | Decimal):
        cell.value = value
        if number_format:
            cell.number_format = number_format
    else:
        set_text(cell, str(value))


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
