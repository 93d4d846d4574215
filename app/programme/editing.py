"""Applying one edited table cell to a roadmap row (the UI's in-place editing), validated."""

from __future__ import annotations

import uuid

from app.errors import ValidationError
from app.programme import texts
from app.programme.fields import Lookups
from app.programme.periods import parse_period
from app.programme.roadmap import validate_activity
from app.programme.rows import ActivityRow, Status


def apply_edit(key: str, row: ActivityRow, value: object, lookups: Lookups) -> ActivityRow:
    """Set column ``key`` of ``row`` (a copy) from the editor's ``value``; validates the row.

    Keys: period, task, title, responsible, forecast, status, actual, reason, recommendation.
    """
    text = "" if value is None else str(value).strip()
    if key == "period":
        row.start, row.end, row.period_text = parse_period(text, row.year)
    elif key == "task":
        _set_task(row, text, lookups)
    elif key == "title":
        row.title = text
    elif key == "responsible":
        row.responsible = text
    elif key == "forecast":
        row.forecast_text = text
    elif key == "status":
        row.status = Status(text)
    elif key == "actual":
        row.actual_result = text
    elif key == "reason":
        _set_reason(row, text, lookups)
    elif key == "recommendation":
        row.recommendation = text
    return validate_activity(row)


def _set_task(row: ActivityRow, text: str, lookups: Lookups) -> None:
    if text in ("", "0"):
        row.task_id, row.task_number, row.task_text = None, None, ""
        return
    number = int(text) if text.isdigit() else -1
    if number not in lookups.tasks:
        raise ValidationError(texts.UNKNOWN_TASK.format(value=text))
    row.task_number = number
    row.task_id, row.task_text = lookups.tasks[number]


def _set_reason(row: ActivityRow, text: str, lookups: Lookups) -> None:
    if not text:
        row.reason_id, row.reason_title = None, ""
        return
    titles = {rid: title for rid, title in lookups.reasons.values()}
    reason_id = uuid.UUID(text)
    if reason_id not in titles:
        raise ValidationError(texts.NOT_FOUND)
    row.reason_id, row.reason_title = reason_id, titles[reason_id]
