"""«Просрочено» derived from the end date and the status (hand-made rows)."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.programme.overdue import is_overdue
from app.programme.rows import ActivityRow, Status

TODAY = date(2026, 11, 23)


def _row(status: Status, end: date | None) -> ActivityRow:
    return ActivityRow(None, AcademicYear(2026), "Мероприятие", end=end, status=status)


@pytest.mark.parametrize(
    ("status", "end", "expected"),
    [
        (Status.PLANNED, date(2026, 11, 22), True),
        (Status.IN_PROGRESS, date(2026, 10, 31), True),
        (Status.PLANNED, date(2026, 11, 23), False),  # ends today: not late yet
        (Status.PLANNED, None, False),
        (Status.DONE, date(2026, 9, 30), False),
        (Status.PARTIAL, date(2026, 9, 30), False),
        (Status.NOT_DONE, date(2026, 9, 30), False),
        (Status.CANCELLED, date(2026, 9, 30), False),
    ],
)
def test_is_overdue(status: Status, end: date | None, expected: bool) -> None:
    assert is_overdue(_row(status, end), TODAY) is expected
