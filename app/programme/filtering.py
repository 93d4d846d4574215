"""The pure filter and sort behind the roadmap table (no Qt): case-insensitive, «ё» = «е».

Keys are computed once per row (:func:`search_key`, :func:`sort_keys`) so filtering 10,000
rows is a substring test per row and sorting is a plain ``list.sort`` on tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.programme import texts
from app.programme.periods import fold
from app.programme.rows import ActivityRow, Status

# Sortable columns: name -> key of one row (strings already folded).
SORT_COLUMNS = (
    "period",
    "task",
    "title",
    "responsible",
    "forecast",
    "status",
    "actual",
    "reason",
)
OVERDUE_FILTER = "overdue"  # a pseudo status for the status filter


def status_text(row: ActivityRow) -> str:
    return texts.OVERDUE if row.overdue else texts.STATUSES[Status(row.status)]


def search_key(row: ActivityRow) -> str:
    """Everything the text filter looks at: title, responsible, task, status, reason, result."""
    parts = (
        row.title,
        row.responsible,
        row.responsible_role,
        f"{row.task_number}" if row.task_number else "",
        row.task_text,
        status_text(row),
        row.reason_title,
        row.reason_text,
        row.actual_result,
        row.forecast_text,
    )
    return fold("\n".join(parts))


def sort_keys(row: ActivityRow) -> tuple:
    """One key per entry of :data:`SORT_COLUMNS` (same order)."""
    return (
        (row.start or date.max, row.end or date.max),
        row.task_number or 0,
        fold(row.title),
        fold(row.responsible),
        fold(row.forecast_text),
        fold(status_text(row)),
        fold(row.actual_result),
        fold(row.reason_title),
    )


@dataclass(frozen=True, slots=True)
class RowFilter:
    text: str = ""
    status: str = ""  # a Status value, OVERDUE_FILTER or "" for all
    start: date | None = None  # period: activities overlapping [start, end]
    end: date | None = None
    task_number: int | None = None
    responsible: str = ""

    def predicate(self) -> Callable[[ActivityRow, str], bool]:
        needle = fold(self.text)
        who = fold(self.responsible)

        def accept(row: ActivityRow, key: str) -> bool:
            if needle and needle not in key:
                return False
            if self.status == OVERDUE_FILTER and not row.overdue:
                return False
            if self.status and self.status != OVERDUE_FILTER and row.status != self.status:
                return False
            if self.task_number is not None and row.task_number != self.task_number:
                return False
            if who and fold(row.responsible) != who:
                return False
            return _overlaps(row, self.start, self.end)

        return accept


def _overlaps(row: ActivityRow, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    row_start = row.start or row.end
    row_end = row.end or row.start
    if row_start is None:
        return False
    return (end is None or row_start <= end) and (start is None or row_end >= start)


def matches(row: ActivityRow, text: str) -> bool:
    """Whether ``text`` (any case, «ё» = «е») occurs in the row's searchable fields."""
    return fold(text) in search_key(row)


def filter_rows(
    rows: Sequence[ActivityRow], spec: RowFilter, keys: Sequence[str] | None = None
) -> list[int]:
    """Indexes of the rows that pass ``spec`` (``keys``: precomputed :func:`search_key`)."""
    keys = keys if keys is not None else [search_key(r) for r in rows]
    accept = spec.predicate()
    return [i for i, row in enumerate(rows) if accept(row, keys[i])]


def sort_indexes(
    indexes: list[int],
    column: str,
    descending: bool = False,
    keys: Sequence[tuple] | None = None,
    rows: Sequence[ActivityRow] = (),
) -> list[int]:
    """Stable sort of row indexes by one of :data:`SORT_COLUMNS`."""
    at = SORT_COLUMNS.index(column)
    keys = keys if keys is not None else [sort_keys(r) for r in rows]
    return sorted(indexes, key=lambda i: keys[i][at], reverse=descending)


def filter_and_sort(
    rows: Sequence[ActivityRow], spec: RowFilter, column: str = "period", descending=False
) -> list[ActivityRow]:
    """Convenience for callers without cached keys (reports, CLI, tests)."""
    indexes = sort_indexes(filter_rows(rows, spec), column, descending, rows=rows)
    return [rows[i] for i in indexes]
