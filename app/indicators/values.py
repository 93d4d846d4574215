"""Baseline, target and actual values of indicators per academic year, validated."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.indicators import texts
from app.indicators.common import baseline_key, check_value, found, parse_number
from app.scope import SchoolScope, operation
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue

KINDS = ("baseline", "target", "actual")
CHANGED = Changes(indicators=True)


@dataclass(frozen=True, slots=True)
class YearValues:
    target: float | None = None
    actual: float | None = None


@dataclass(slots=True)
class IndicatorValues:
    """Everything stored for one indicator: its baseline and the values per year."""

    indicator_id: uuid.UUID
    baseline_year: AcademicYear | None = None
    baseline_value: float | None = None
    years: dict[AcademicYear, YearValues] = field(default_factory=dict)

    def value(self, kind: str, year: AcademicYear) -> float | None:
        if kind == "baseline":
            return self.baseline_value if self.baseline_year == year else None
        return getattr(self.years.get(year, YearValues()), kind)


@dataclass(frozen=True, slots=True)
class ValueChange:
    """One cell to set: ``value`` None clears it."""

    indicator_id: uuid.UUID
    year: AcademicYear
    kind: str
    value: float | None


def parse_value(text: str | float | None, unit: str) -> float | None:
    """Validate what the user typed for an indicator measured in ``unit``."""
    return parse_number(text, unit)


@operation
def set_value(
    session: Session, indicator_id: uuid.UUID, year: AcademicYear, kind: str, value: float | None
) -> OpResult[None]:
    """Set (or clear, with ``None``) one baseline/target/actual value of the school.

    Setting a baseline in a year moves the indicator's one baseline to that year.
    """
    return set_values.core(session, [ValueChange(indicator_id, year, kind, value)])


@operation
def set_values(session: Session, changes: Iterable[ValueChange]) -> OpResult[None]:
    """Apply many cell changes in one transaction (all or nothing)."""
    for change in changes:
        _apply(session, change)
    return OpResult(None, CHANGED)


def _apply(session: Session, change: ValueChange) -> None:
    if change.kind not in KINDS:
        raise ValidationError(texts.BAD_KIND.format(value=change.kind))
    indicator = found(session, change.indicator_id)
    value = None if change.value is None else check_value(float(change.value), indicator.unit)
    if change.kind == "baseline":
        _set_baseline(session, indicator.id, change.year, value)
        return
    row = session.scalar(
        select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator.id, IndicatorValue.year == change.year
        )
    )
    if row is None:
        if value is None:
            return
        row = IndicatorValue(indicator_id=indicator.id, year=change.year)
        session.add(row)
    setattr(row, change.kind, value)
    if row.target is None and row.actual is None:
        session.delete(row)  # only a stored row can end up empty
    session.flush()


def _set_baseline(
    session: Session, indicator_id: uuid.UUID, year: AcademicYear, value: float | None
) -> None:
    """The school's one baseline row: moved to ``year``, or cleared if it is in ``year``."""
    key = baseline_key(session, indicator_id)
    row = session.get(IndicatorBaseline, key)
    if value is None:
        if row is not None and row.year == year:
            session.delete(row)
            session.flush()
        return
    if row is None:
        row = IndicatorBaseline(**key)
        session.add(row)
    row.year, row.value = year, value
    session.flush()


def values_of(scope: SchoolScope, indicator_id: uuid.UUID) -> IndicatorValues:
    return all_values(scope, [indicator_id]).get(indicator_id, IndicatorValues(indicator_id))


def all_values(
    scope: SchoolScope, indicator_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, IndicatorValues]:
    """The school's stored values of every indicator (or of ``indicator_ids``), by id."""
    with scope.reading() as session:
        return query_values(session, indicator_ids)


def query_values(
    session: Session, indicator_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, IndicatorValues]:
    wanted = None if indicator_ids is None else set(indicator_ids)
    baselines = select(
        IndicatorBaseline.indicator_id, IndicatorBaseline.year, IndicatorBaseline.value
    )
    values = select(
        IndicatorValue.indicator_id,
        IndicatorValue.year,
        IndicatorValue.target,
        IndicatorValue.actual,
    )
    # Plain column rows, not ORM objects: reports read every value of every indicator.
    result: dict[uuid.UUID, IndicatorValues] = {}
    for ind_id in session.scalars(select(Indicator.id)):
        if wanted is None or ind_id in wanted:
            result[ind_id] = IndicatorValues(ind_id)
    for ind_id, year, value in session.execute(baselines):
        if ind_id in result:
            result[ind_id].baseline_year, result[ind_id].baseline_value = year, value
    for ind_id, year, target, actual in session.execute(values):
        if ind_id in result:
            result[ind_id].years[year] = YearValues(target, actual)
    return result
