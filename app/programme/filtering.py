"""The pure filter and sort behind the roadmap table (no Qt): case-insensitive, «ё» = «е».

Keys are computed once per row (:func:`search_key`, :func:`sort_keys`) so filtering 10,000
rows is a substring test per row and sorting is a plain ``list.sort`` on tuples. The table
sorts with these same functions; an empty cell (no task, no period, no text) sorts last
whichever the direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.folding import fold
from app.programme import texts
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
    "resources",
    "recommendation",
)
OVERDUE_FILTER = "overdue"  # a pseudo status for the status filter


def status_text(row: ActivityRow) -> str:
    return texts.OVERDUE if row.overdue else texts.STATUSES[Status(row.status)]


def search_key(row: ActivityRow) -> str:
    """Everything the text filter looks at: title, responsible, task, status, reason, result,
    recommendation."""
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
        row.recommendation,
    )
    return fold("\n".join(parts))


def forecast_label(row: ActivityRow) -> str:
    """«5 чел.; Проведено 2 семинара»: the forecast value with its unit, then the text."""
    number = ""
    if row.forecast_value is not None:
        value = row.forecast_value
        number = f"{int(value)}" if float(value).is_integer() else f"{value:g}".replace(".", ",")
        number = f"{number} {row.forecast_unit}".strip()
    return "; ".join(p for p in (number, row.forecast_text) if p)


def responsible_label(row: ActivityRow) -> str:
    return row.responsible + (f" ({row.responsible_role})" if row.responsible_role else "")


def reason_label(row: ActivityRow) -> str:
    return "; ".join(p for p in (row.reason_title, row.reason_text) if p)


def resources_label(row: ActivityRow) -> str:
    kind = texts.RESOURCE_KINDS.get(str(row.resource_kind), "") if row.resource_kind else ""
    return "; ".join(p for p in (kind, row.resource_text) if p)


def _text_key(text: str) -> str | None:
    return fold(text) or None


def period_key(row: ActivityRow) -> tuple | None:
    """The «period» sort key: (first day, last day), or ``None`` without dates."""
    if row.start is None and row.end is None:
        return None
    return (row.start or row.end, row.end or row.start)


def sort_keys(row: ActivityRow) -> tuple:
    """One key per entry of :data:`SORT_COLUMNS` (same order); ``None`` for an empty cell."""
    return (
        period_key(row),
        row.task_number,
        _text_key(row.title),
        _text_key(responsible_label(row)),
        _text_key(forecast_label(row)),
        _text_key(status_text(row)),
        _text_key(row.actual_result),
        _text_key(reason_label(row)),
        _text_key(resources_label(row)),
        _text_key(row.recommendation),
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
    indexes: Sequence[int],
    column: str,
    descending: bool = False,
    keys: Sequence[tuple] | None = None,
    rows: Sequence[ActivityRow] = (),
) -> list[int]:
    """Stable sort of row indexes by one of :data:`SORT_COLUMNS`, empty cells last."""
    at = SORT_COLUMNS.index(column)
    keys = keys if keys is not None else [sort_keys(r) for r in rows]
    present = [i for i in indexes if keys[i][at] is not None]
    present.sort(key=lambda i: keys[i][at], reverse=descending)
    return present + [i for i in indexes if keys[i][at] is None]


def filter_and_sort(
    rows: Sequence[ActivityRow], spec: RowFilter, column: str = "period", descending=False
) -> list[ActivityRow]:
    """Convenience for callers without cached keys (reports, CLI, tests)."""
    indexes = sort_indexes(filter_rows(rows, spec), column, descending, rows=rows)
    return [rows[i] for i in indexes]
