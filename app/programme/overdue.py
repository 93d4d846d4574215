"""«Просрочено» for one row: derived, never stored (see :func:`rows.is_overdue`)."""

from __future__ import annotations

from datetime import date

from app.programme.rows import ActivityRow
from app.programme.rows import is_overdue as _overdue


def is_overdue(row: ActivityRow, today: date) -> bool:
    """The period ended before ``today`` and the activity is still planned or under way
    (done, partly done, not done and cancelled activities are never overdue)."""
    return _overdue(row.status, row.end, today)
