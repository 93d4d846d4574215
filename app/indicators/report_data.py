"""What the reports engine takes from indicators: one series per indicator for a year."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from app.academic_year import AcademicYear, year_range
from app.indicators.catalogue import list_indicators
from app.indicators.dashboard import Trend, achieved, improving, trend
from app.indicators.values import all_values
from app.scope import SchoolScope
from db.models.indicators import IndicatorBaseline, IndicatorValue


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
    with scope.reading() as session:
        years = set(
            session.scalars(
                select(IndicatorValue.year)
                .where(IndicatorValue.target.is_not(None) | IndicatorValue.actual.is_not(None))
                .distinct()
            )
        )
        years |= set(session.scalars(select(IndicatorBaseline.year).distinct()))
    return years


def indicator_series(scope: SchoolScope, year: AcademicYear) -> list[IndicatorSeries]:
    """Every indicator in catalogue order, its values from the first year with data to ``year``."""
    known = [y for y in years_with_data(scope) if y <= year]
    years = year_range(min(known, default=year), year)
    indicators = list_indicators(scope)
    values = all_values(scope)
    result = []
    for row in indicators:
        stored = values.get(row.id)
        actual = {y: stored.value("actual", y) if stored else None for y in years}
        targets = {y: stored.value("target", y) if stored else None for y in years}
        baseline = None
        # a baseline measured after ``year`` says nothing about it (the record stays the same)
        if (
            row.baseline_year is not None
            and row.baseline_value is not None
            and row.baseline_year <= year
        ):
            baseline = (row.baseline_year, row.baseline_value)
        movement = trend(actual, year, baseline)
        result.append(
            IndicatorSeries(
                name=row.name,
                unit=row.unit,
                direction=row.direction,
                baseline=row.baseline_value,
                target=targets[year],
                actual=actual,
                trend=movement,
                achieved=achieved(row.direction, targets[year], actual[year]),
                id=row.id,
                code=row.code,
                source=row.source,
                baseline_year=row.baseline_year,
                improving=improving(row.direction, movement),
                targets=targets,
            )
        )
    return result
