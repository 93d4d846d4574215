"""Reminders for Главная: overdue activities and those ending in the next 30 days.

One narrow question in SQL — the school's open activities whose period ends by the
horizon — instead of reading every activity of every year; it runs before the ORM models
are loaded (``db.lean_tables``), so Главная paints early. The rows carry what a reminder
shows and what «Дорожная карта» needs to find the activity (id, year); task, reason,
evidence and links are left empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from app.programme.rows import OPEN_STATUSES, ActivityRow, Status
from app.scope import SchoolScope
from db.lean_tables import roadmap_activity as activity

HORIZON_DAYS = 30


@dataclass(slots=True)
class Reminders:
    overdue: list[ActivityRow] = field(default_factory=list)  # oldest end date first
    upcoming: list[ActivityRow] = field(default_factory=list)  # ending today … today+30


def reminders(scope: SchoolScope, today: date | None = None) -> Reminders:
    today = today or date.today()
    result = Reminders()
    for row in _open_ending_by(scope, today + timedelta(days=HORIZON_DAYS), today):
        (result.overdue if row.overdue else result.upcoming).append(row)
    return result


def overdue(scope: SchoolScope, today: date | None = None) -> list[ActivityRow]:
    """Overdue activities, oldest end date first."""
    return reminders(scope, today).overdue


def due_soon(
    scope: SchoolScope, today: date | None = None, days: int = HORIZON_DAYS
) -> list[ActivityRow]:
    """Open activities ending between today and today + ``days``."""
    today = today or date.today()
    rows = _open_ending_by(scope, today + timedelta(days=days), today)
    return [row for row in rows if not row.overdue]


def _open_ending_by(scope: SchoolScope, horizon: date, today: date) -> list[ActivityRow]:
    """The school's planned or running activities whose period ends by ``horizon``,
    by end date then title."""
    query = (
        select(
            activity.c.id,
            activity.c.year,
            activity.c.title,
            activity.c.starts_on,
            activity.c.ends_on,
            activity.c.period_text,
            activity.c.responsible,
            activity.c.status,
        )
        .where(
            activity.c.school_id == scope.school_id,
            activity.c.status.in_([str(s) for s in OPEN_STATUSES]),
            activity.c.ends_on.is_not(None),
            activity.c.ends_on <= horizon,
        )
        .order_by(activity.c.ends_on, activity.c.title)
    )
    with scope.reading() as session:
        found = session.execute(query).all()
    rows = [
        ActivityRow(
            id=r.id,
            year=r.year,
            title=r.title,
            start=r.starts_on,
            end=r.ends_on,
            period_text=r.period_text,
            responsible=r.responsible,
            status=Status(r.status),
            overdue=r.ends_on < today,
        )
        for r in found
    ]
    rows.sort(key=lambda r: (r.end, r.title))  # the database's collation may differ
    return rows
