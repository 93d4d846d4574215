"""What the reports engine takes from indicators: one series per indicator for a year.

Read with narrow Core queries (``db.lean_tables``), not the ORM models: a report is a
whole process the director waits for (tests/reports/test_lean_reads.py checks these reads
agree with the indicators' own use cases).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Connection, select

from app.academic_year import AcademicYear, year_range
from app.indicators.dashboard import Trend, achieved, improving, trend
from app.resources import resource_path
from app.scope import SchoolScope
from db.lean_tables import indicator, indicator_baseline, indicator_value, owned, shared_or_owned


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    """One indicator as of ``year``: baseline, the year's target, actuals up to the year."""

    name: str
    unit: str
    direction: str  # "higher" | "lower"
    baseline: float | None
    target: float | None  # target for the year
    actual: dict[AcademicYear, float | None]  # every year up to the year, oldest first
    trend: Trend | None  # movement of the year's actual (up / down / flat)
    achieved: bool | None  # None when the year lacks a target or an actual
    # Extras for screens and reports:
    id: uuid.UUID | None = None
    code: str = ""
    source: str = "school"
    baseline_year: AcademicYear | None = None
    improving: bool | None = None  # the trend judged by the direction
    targets: dict[AcademicYear, float | None] = field(default_factory=dict)

    @property
    def year_actual(self) -> float | None:
        return self.actual[max(self.actual)] if self.actual else None


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Academic years holding any target, actual or baseline of the school's indicators."""
    with scope.db.engine.connect() as conn:
        return _years(conn, scope.school_id)


def _years(conn: Connection, owner: uuid.UUID) -> set[AcademicYear]:
    v, b = indicator_value, indicator_baseline
    query = (
        select(v.c.year)
        .where(owned(v, owner), v.c.target.is_not(None) | v.c.actual.is_not(None))
        .distinct()
    )
    years = set(conn.scalars(query))
    years |= set(conn.scalars(select(b.c.year).where(owned(b, owner)).distinct()))
    return years


def indicator_series(scope: SchoolScope, year: AcademicYear) -> list[IndicatorSeries]:
    """Every indicator in catalogue order, its values from the first year with data to ``year``."""
    owner = scope.school_id
    i, b, v = indicator, indicator_baseline, indicator_value
    with scope.db.engine.connect() as conn:
        missing = _builtins_missing(conn)
    if missing:
        from app.indicators.catalogue import ensure_builtin  # the ORM: once per database

        ensure_builtin(scope)
    with scope.db.engine.connect() as conn:
        known = [y for y in _years(conn, owner) if y <= year]
        query = (
            select(i.c.id, i.c.code, i.c.name, i.c.unit, i.c.direction, i.c.source)
            .where(shared_or_owned(i, owner))
            .order_by(i.c.position, i.c.name)
        )
        indicators = conn.execute(query).all()
        query = select(b.c.indicator_id, b.c.year, b.c.value).where(owned(b, owner))
        baselines = {ind: (y, value) for ind, y, value in conn.execute(query)}
        query = select(v.c.indicator_id, v.c.year, v.c.target, v.c.actual).where(owned(v, owner))
        values: dict[uuid.UUID, dict[AcademicYear, tuple]] = {}
        for ind, y, target, actual in conn.execute(query):
            values.setdefault(ind, {})[y] = (target, actual)
    years = year_range(min(known, default=year), year)
    result = []
    for row in indicators:
        stored = values.get(row.id, {})
        actual = {y: stored.get(y, (None, None))[1] for y in years}
        targets = {y: stored.get(y, (None, None))[0] for y in years}
        baseline_year, baseline_value = baselines.get(row.id, (None, None))
        baseline = None
        # a baseline measured after ``year`` says nothing about it (the record stays the same)
        if baseline_year is not None and baseline_value is not None and baseline_year <= year:
            baseline = (baseline_year, baseline_value)
        movement = trend(actual, year, baseline)
        result.append(
            IndicatorSeries(
                name=row.name,
                unit=row.unit,
                direction=row.direction,
                baseline=baseline_value,
                target=targets[year],
                actual=actual,
                trend=movement,
                achieved=achieved(row.direction, targets[year], actual[year]),
                id=row.id,
                code=row.code,
                source=row.source,
                baseline_year=baseline_year,
                improving=improving(row.direction, movement),
                targets=targets,
            )
        )
    return result


@cache
def _builtin_codes() -> frozenset[str]:
    """The codes of the shipped indicators (``catalogue.builtin_definitions``'s file)."""
    data = json.loads(resource_path("indicators", "builtin.json").read_text(encoding="utf-8"))
    return frozenset(item["code"] for item in data["indicators"])


def _builtins_missing(conn: Connection) -> bool:
    """A shipped indicator is not in the database yet (``catalogue.ensure_builtin`` adds it)."""
    i = indicator
    have = set(conn.scalars(select(i.c.code).where(i.c.school_id.is_(None))))
    return not _builtin_codes() <= have
