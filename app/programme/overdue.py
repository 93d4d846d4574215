"""«Просрочено» for one row: derived, never stored (see :func:`roadmap.is_overdue`)."""

from __future__ import annotations

from datetime import date

from app.programme.roadmap import is_overdue as _overdue
from app.programme.rows import ActivityRow


def is_overdue(row: ActivityRow, today: date) -> bool:
    """The period ended before ``today`` and the activity is still planned or under way
    (done, partly done, not done and cancelled activities are never overdue)."""
    return _overdue(row.status, row.end, today)
