"""Reminders for Главная: overdue activities and those ending in the next 30 days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.programme.roadmap import OPEN_STATUSES, list_activities
from app.programme.rows import ActivityRow
from app.scope import SchoolScope

HORIZON_DAYS = 30


@dataclass(slots=True)
class Reminders:
    overdue: list[ActivityRow] = field(default_factory=list)  # oldest end date first
    upcoming: list[ActivityRow] = field(default_factory=list)  # ending today … today+30


def reminders(scope: SchoolScope, today: date | None = None) -> Reminders:
    today = today or date.today()
    horizon = today + timedelta(days=HORIZON_DAYS)
    result = Reminders()
    for row in list_activities(scope, today=today):
        if row.overdue:
            result.overdue.append(row)
        elif row.status in OPEN_STATUSES and row.end and today <= row.end <= horizon:
            result.upcoming.append(row)
    result.overdue.sort(key=lambda r: (r.end, r.title))
    result.upcoming.sort(key=lambda r: (r.end, r.title))
    return result


def overdue(scope: SchoolScope, today: date | None = None) -> list[ActivityRow]:
    """Overdue activities, oldest end date first."""
    return reminders(scope, today).overdue


def due_soon(
    scope: SchoolScope, today: date | None = None, days: int = HORIZON_DAYS
) -> list[ActivityRow]:
    """Open activities ending between today and today + ``days``."""
    today = today or date.today()
    horizon = today + timedelta(days=days)
    rows = [
        r
        for r in list_activities(scope, today=today)
        if not r.overdue and r.status in OPEN_STATUSES and r.end and today <= r.end <= horizon
    ]
    return sorted(rows, key=lambda r: (r.end, r.title))
