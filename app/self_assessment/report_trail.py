"""A deficit's trail as a report of one year prints it: only what existed by the report's
``as_of`` (a past year's report must not cite later measures, events or values).

The trail is ``trail.trail_in``'s, read for all the report's deficits at once with narrow
Core queries (``db.lean_tables``) instead of the ORM models (tests/reports/
test_lean_reads.py checks both agree).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, and_, func, select

from app.academic_year import AcademicYear
from app.self_assessment.rows import DeficitRow
from db.lean_sa_tables import (
    deficit_activity,
    deficit_task,
    sa_deficit_event,
    sa_deficit_indicator,
    sa_deficit_measure,
)
from db.lean_tables import (
    indicator,
    indicator_value,
    joint_event,
    owned,
    partner_school,
    partnership_agreement,
    programme,
    programme_task,
    roadmap_activity,
    shared_or_owned,
    support_measure,
)

# (year, score of the deficit's area, run status) of the runs of an instrument key from a
# year on, oldest first: what ``trail._scores`` reads.
ScoresOf = Callable[[DeficitRow], list[tuple[AcademicYear, float | None]]]


@dataclass(frozen=True, slots=True)
class TrailBrief:
    deficit: str
    tasks: int
    activities: int
    measures: tuple[str, ...]  # «text (status, years)»
    events: tuple[str, ...]  # «dd.mm.yyyy topic»
    indicators: tuple[str, ...]  # «name: с first до last»
    later_scores: tuple[tuple[AcademicYear, float | None], ...]


def trail_briefs(
    conn: Connection,
    owner: uuid.UUID,
    deficits: Sequence[DeficitRow],
    year: AcademicYear,
    as_of: date,
    scores_of: ScoresOf,
) -> dict[uuid.UUID, TrailBrief]:
    """The trail of each of ``deficits`` up to ``year`` / ``as_of``: tasks of programmes
    begun by ``year``, activities of ``year`` and before, measures begun and events dated
    by ``as_of``, indicator values of ``year`` and before, the area's later scores."""
    ids = [d.id for d in deficits]
    if not ids:
        return {}
    tasks = _counts(conn, _task_counts(owner, ids, year))
    activities = _counts(conn, _activity_counts(owner, ids, year))
    measures = _measures(conn, owner, ids)
    events = _events(conn, owner, ids)
    indicators = _indicators(conn, owner, ids)
    briefs = {}
    for d in deficits:
        lines = []
        for name, actual in indicators.get(d.id, ()):
            actual = [(y, v) for y, v in actual if y <= year]
            if len(actual) == 1:
                lines.append(f"{name}: {_num(actual[0][1])}")
            elif actual:
                lines.append(f"{name}: с {_num(actual[0][1])} до {_num(actual[-1][1])}")
        briefs[d.id] = TrailBrief(
            d.text,
            tasks.get(d.id, 0),
            activities.get(d.id, 0),
            _measure_lines([m for m in measures.get(d.id, ()) if m[2] <= as_of]),
            tuple(f"{day:%d.%m.%Y} {topic}" for day, topic in events.get(d.id, ()) if day <= as_of),
            tuple(lines),
            tuple((y, score) for y, score in scores_of(d) if d.year < y <= year),
        )
    return briefs


def _counts(conn: Connection, query) -> dict[uuid.UUID, int]:
    return {deficit_id: count for deficit_id, count in conn.execute(query)}


def _task_counts(owner: uuid.UUID, ids: list[uuid.UUID], year: AcademicYear):
    link, t, p = deficit_task, programme_task, programme
    return (
        select(link.c.deficit_id, func.count())
        .select_from(link)
        .join(t, and_(t.c.id == link.c.task_id, owned(t, owner)))
        .join(p, and_(p.c.id == t.c.programme_id, owned(p, owner)))
        .where(owned(link, owner), link.c.deficit_id.in_(ids), p.c.first_year <= year)
        .group_by(link.c.deficit_id)
    )


def _activity_counts(owner: uuid.UUID, ids: list[uuid.UUID], year: AcademicYear):
    link, a = deficit_activity, roadmap_activity
    return (
        select(link.c.deficit_id, func.count())
        .select_from(link)
        .join(a, and_(a.c.id == link.c.activity_id, owned(a, owner)))
        .where(owned(link, owner), link.c.deficit_id.in_(ids), a.c.year <= year)
        .group_by(link.c.deficit_id)
    )


def _measures(
    conn: Connection, owner: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, str, date]]]:
    """(text, status label, start) of each deficit's measures, by start."""
    from app.partnership.texts import MEASURE_STATUSES

    link, m, a, p = sa_deficit_measure, support_measure, partnership_agreement, partner_school
    query = (
        select(link.c.deficit_id, m.c.measure, m.c.status, m.c.starts_on)
        .select_from(m)
        .join(link, and_(link.c.measure_id == m.c.id, owned(link, owner)))
        .join(a, and_(a.c.id == m.c.agreement_id, owned(a, owner)))
        .join(p, and_(p.c.id == a.c.partner_id, owned(p, owner)))
        .where(owned(m, owner), link.c.deficit_id.in_(ids))
        .order_by(m.c.starts_on, m.c.id)
    )
    found: dict[uuid.UUID, list[tuple[str, str, date]]] = {}
    for deficit_id, text, status, starts_on in conn.execute(query):
        label = MEASURE_STATUSES.get(status, status)
        found.setdefault(deficit_id, []).append((text, label, starts_on))
    return found


def _events(
    conn: Connection, owner: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[date, str]]]:
    """(day, topic) of each deficit's joint events, by day."""
    link, e, p = sa_deficit_event, joint_event, partner_school
    query = (
        select(link.c.deficit_id, e.c.day, e.c.topic)
        .select_from(e)
        .join(link, and_(link.c.event_id == e.c.id, owned(link, owner)))
        .join(p, and_(p.c.id == e.c.partner_id, owned(p, owner)))
        .where(owned(e, owner), link.c.deficit_id.in_(ids))
        .order_by(e.c.day, e.c.id)
    )
    found: dict[uuid.UUID, list[tuple[date, str]]] = {}
    for deficit_id, day, topic in conn.execute(query):
        found.setdefault(deficit_id, []).append((day, topic))
    return found


def _indicators(
    conn: Connection, owner: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, list[tuple[AcademicYear, float]]]]]:
    """(name, actual values by year) of each deficit's indicators, in catalogue order."""
    link, i, v = sa_deficit_indicator, indicator, indicator_value
    query = (
        select(link.c.deficit_id, i.c.id, i.c.name)
        .select_from(i)
        .join(link, and_(link.c.indicator_id == i.c.id, owned(link, owner)))
        .where(shared_or_owned(i, owner), link.c.deficit_id.in_(ids))
        .order_by(i.c.position)
    )
    linked = conn.execute(query).all()
    actual: dict[uuid.UUID, list[tuple[AcademicYear, float]]] = {}
    if linked:
        query = (
            select(v.c.indicator_id, v.c.year, v.c.actual)
            .where(
                owned(v, owner),
                v.c.indicator_id.in_({row[1] for row in linked}),
                v.c.actual.is_not(None),
            )
            .order_by(v.c.year)
        )
        for indicator_id, y, value in conn.execute(query):
            actual.setdefault(indicator_id, []).append((y, float(value)))
    found: dict[uuid.UUID, list[tuple[str, list[tuple[AcademicYear, float]]]]] = {}
    for deficit_id, indicator_id, name in linked:
        found.setdefault(deficit_id, []).append((name, actual.get(indicator_id, [])))
    return found


def _measure_lines(measures: list[tuple[str, str, date]]) -> tuple[str, ...]:
    """«text (status, years)»: a measure repeated over several years is listed once."""
    years: dict[tuple[str, str], list[str]] = {}
    for text, status, starts_on in measures:
        seen = years.setdefault((text, status), [])
        year = str(AcademicYear.containing(starts_on))
        if year not in seen:
            seen.append(year)
    return tuple(f"{text} ({status}, {', '.join(y)})" for (text, status), y in years.items())


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")
