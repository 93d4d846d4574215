"""Reading one roadmap row from cells (Excel import, paste): every problem is collected."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.folding import fold
from app.programme import texts
from app.programme.periods import parse_date, parse_doc, parse_period
from app.programme.programmes import current_in
from app.programme.reasons import reasons_in
from app.programme.rows import ActivityRow, EvidenceDoc, ResourceKind, Status
from app.programme.tasks import tasks_in
from app.scope import SchoolScope

Fail = Callable[[str, str], None]  # (column header, Russian reason)


@dataclass(slots=True)
class Lookups:
    """Catalogues a row is read against: tasks of the current programme, reasons."""

    tasks: dict[int, tuple[uuid.UUID, str]] = field(default_factory=dict)
    reasons: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, scope: SchoolScope) -> Lookups:
        with scope.reading() as session:
            return cls.of(session)

    @classmethod
    def of(cls, session: Session) -> Lookups:
        """The school's tasks of its current programme and the reasons it sees (shipped and
        its own), read in the caller's session."""
        programme = current_in(session)
        tasks = tasks_in(session, programme.id if programme else None)
        reasons = reasons_in(session, include_inactive=True)
        return cls(
            {t.number: (t.id, t.text) for t in tasks},
            {fold(r.title): (r.id, r.title) for r in reasons},
        )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _choice(value: str, labels: dict[str, str], header: str, fail: Fail):
    key = fold(value)
    for code, label in labels.items():
        if key in (fold(label), code):
            return code
    fail(header, texts.UNKNOWN_VALUE.format(value=value, field=header))
    return None


def _day(value: Any, header: str, fail: Fail) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except ValidationError as err:
        fail(header, err.message)
        return None


def read_activity(
    values: dict[str, Any], year: AcademicYear, lookups: Lookups, fail: Fail
) -> ActivityRow:
    """Build an :class:`ActivityRow` from cells keyed by the Russian column headers.

    Missing headers are simply not read. ``fail`` receives every problem.
    """
    get = lambda h: _text(values.get(h))  # noqa: E731
    row = ActivityRow(id=None, year=year, title=get(texts.COL_TITLE))
    if not row.title:
        fail(texts.COL_TITLE, texts.TITLE_REQUIRED)
    _read_task(row, get(texts.COL_TASK), lookups, fail)
    _read_period(row, values, get(texts.COL_PERIOD), fail)
    row.responsible, row.responsible_role = get(texts.COL_RESPONSIBLE), get(texts.COL_ROLE)
    row.participants = get(texts.COL_PARTICIPANTS)
    row.forecast_unit, row.forecast_text = (
        get(texts.COL_FORECAST_UNIT),
        get(texts.COL_FORECAST_TEXT),
    )
    value = values.get(texts.COL_FORECAST_VALUE)
    if value not in (None, ""):
        try:
            row.forecast_value = float(str(value).replace(",", "."))
        except ValueError:
            fail(texts.COL_FORECAST_VALUE, texts.BAD_NUMBER)
    status = get(texts.COL_STATUS)
    if status and fold(status) != texts.OVERDUE:
        row.status = Status(_choice(status, texts.STATUSES, texts.COL_STATUS, fail) or "planned")
    elif fold(status) == texts.OVERDUE:
        row.status = Status.IN_PROGRESS
    row.actual_result = get(texts.COL_ACTUAL)
    _read_reason(row, get(texts.COL_REASON), lookups, fail)
    row.reason_text = get(texts.COL_REASON_TEXT)
    kind = get(texts.COL_RESOURCE_KIND)
    if kind:
        code = _choice(kind, texts.RESOURCE_KINDS, texts.COL_RESOURCE_KIND, fail)
        row.resource_kind = ResourceKind(code) if code else None
    row.resource_text = get(texts.COL_RESOURCE_TEXT)
    if texts.COL_DOCS in values:
        row.evidence = _read_docs(get(texts.COL_DOCS), fail)
    return row


def _read_docs(text: str, fail: Fail) -> list[EvidenceDoc]:
    docs = []
    for line in text.splitlines():
        if line.strip():
            try:
                docs.append(EvidenceDoc(*parse_doc(line)))
            except ValidationError as err:
                fail(texts.COL_DOCS, err.message)
    return docs


def _read_task(row: ActivityRow, value: str, lookups: Lookups, fail: Fail) -> None:
    if not value:
        return
    number = value.rstrip(".")
    if not number.isdigit() or int(number) not in lookups.tasks:
        fail(texts.COL_TASK, texts.UNKNOWN_TASK.format(value=value))
        return
    row.task_number = int(number)
    row.task_id, row.task_text = lookups.tasks[row.task_number]


def _read_period(row: ActivityRow, values: dict, period: str, fail: Fail) -> None:
    start = _day(values.get(texts.COL_START), texts.COL_START, fail)
    end = _day(values.get(texts.COL_END), texts.COL_END, fail)
    if start or end:
        row.start, row.end = start or end, end or start
        row.period_text = period if period and not any(ch.isdigit() for ch in period) else ""
        return
    try:
        row.start, row.end, row.period_text = parse_period(period, row.year)
    except ValidationError as err:
        fail(texts.COL_PERIOD, err.message)


def _read_reason(row: ActivityRow, value: str, lookups: Lookups, fail: Fail) -> None:
    if not value:
        return
    found = lookups.reasons.get(fold(value))
    if found is None:
        fail(texts.COL_REASON, texts.UNKNOWN_VALUE.format(value=value, field=texts.COL_REASON))
        return
    row.reason_id, row.reason_title = found
