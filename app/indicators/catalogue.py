"""The indicator catalogue: built-in indicators shipped as data, and the school's own."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.folding import fold
from app.indicators import texts
from app.indicators.common import baseline_key, found
from app.resources import resource_path
from app.scope import SchoolScope, operation
from db.base import catalogue_id
from db.models.indicators import Indicator, IndicatorBaseline

BUILTIN_FILE = resource_path("indicators", "builtin.json")
NAME_LIMIT = 500
UNIT_LIMIT = 30
CHANGED = Changes(indicators=True)


@dataclass(slots=True)
class IndicatorInput:
    name: str
    unit: str = ""
    direction: str = "higher"
    source: str = "school"
    description: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    direction: str
    source: str
    description: str
    is_builtin: bool  # shared with every school: shown, valued, never edited
    position: int
    baseline_year: AcademicYear | None = None
    baseline_value: float | None = None

    def as_input(self) -> IndicatorInput:
        return IndicatorInput(self.name, self.unit, self.direction, self.source, self.description)


@cache
def builtin_definitions() -> tuple[dict, ...]:
    """The built-in catalogue from ``resources/indicators/builtin.json`` (in file order)."""
    data = json.loads(BUILTIN_FILE.read_text(encoding="utf-8"))
    return tuple(data["indicators"])


def ensure_builtin(scope: SchoolScope) -> int:
    """Add the built-in indicators the database lacks; return how many were added.

    Built-ins are shared catalogue rows (no owner, id ``catalogue_id("indicator", code)``),
    so they are written through an unscoped session: a school's session would stamp them
    as its own.
    """
    with scope.db.reading() as session:
        have = set(session.scalars(select(Indicator.code).where(Indicator.school_id.is_(None))))
    missing = [d for d in builtin_definitions() if d["code"] not in have]
    if not missing:
        return 0
    positions = {d["code"]: index for index, d in enumerate(builtin_definitions(), start=1)}
    added = 0
    with scope.db.unit_of_work() as session:
        have = set(session.scalars(select(Indicator.code).where(Indicator.school_id.is_(None))))
        for item in missing:
            if item["code"] not in have:
                session.add(_builtin_row(item, positions[item["code"]]))
                added += 1
    return added


def builtin_values(item: dict, position: int) -> dict:
    """The stored columns of a built-in indicator (a shared row: no owner, catalogue id)."""
    return {
        "id": catalogue_id("indicator", item["code"]),
        "school_id": None,
        "code": item["code"],
        "name": item["name"],
        "unit": item["unit"],
        "direction": item["direction"],
        "source": item["source"],
        "description": item.get("description", ""),
        "is_builtin": True,
        "position": position,
    }


def _builtin_row(item: dict, position: int) -> Indicator:
    return Indicator(**builtin_values(item, position))


def list_indicators(scope: SchoolScope) -> list[IndicatorRow]:
    """The whole catalogue in its order (built-in ones first) with the school's baselines;
    loads the built-ins on first use."""
    ensure_builtin(scope)
    with scope.reading() as session:
        return query_indicators(session)


def query_indicators(session: Session) -> list[IndicatorRow]:
    """Built-in and own indicators visible to ``session``, with its school's baselines."""
    baselines = {b.indicator_id: b for b in session.scalars(select(IndicatorBaseline))}
    rows = session.scalars(select(Indicator).order_by(Indicator.position, Indicator.name))
    return [to_row(r, baselines.get(r.id)) for r in rows]


def get_indicator(scope: SchoolScope, indicator_id: uuid.UUID) -> IndicatorRow:
    with scope.reading() as session:
        row = found(session, indicator_id)
        return to_row(row, session.get(IndicatorBaseline, baseline_key(session, row.id)))


@operation
def add_indicator(session: Session, data: IndicatorInput) -> OpResult[uuid.UUID]:
    """Add one of the school's own indicators at the end of the catalogue."""
    data = validated(data)
    _check_unique(session, data.name, None)
    last = session.scalar(select(func.max(Indicator.position))) or 0
    position = max(last, len(builtin_definitions())) + 1  # after the built-ins, loaded or not
    row = Indicator(id=uuid.uuid4(), code=_own_code(session), is_builtin=False, position=position)
    _apply(row, data)
    session.add(row)
    session.flush()
    return OpResult(row.id, CHANGED)


def _own_code(session: Session) -> str:
    """A code unique among the school's indicators and the built-in ones."""
    taken = set(session.scalars(select(Indicator.code)))
    while (code := f"own_{uuid.uuid4().hex[:8]}") in taken:
        pass
    return code


@operation
def update_indicator(
    session: Session, indicator_id: uuid.UUID, data: IndicatorInput
) -> OpResult[None]:
    """Change one of the school's own indicators; built-ins are shared and refused."""
    data = validated(data)
    row = found(session, indicator_id)
    if row.is_shipped:
        raise ValidationError(texts.BUILTIN_NOT_EDITABLE.format(name=row.name))
    _check_unique(session, data.name, indicator_id)
    _apply(row, data)
    return OpResult(None, CHANGED)


@operation
def delete_indicator(session: Session, indicator_id: uuid.UUID) -> OpResult[None]:
    """Delete one of the school's own indicators with its values; built-ins stay."""
    row = found(session, indicator_id)
    if row.is_shipped:
        raise ValidationError(texts.BUILTIN_NOT_DELETABLE.format(name=row.name))
    session.delete(row)
    return OpResult(None, CHANGED)


def validated(data: IndicatorInput) -> IndicatorInput:
    name, unit = " ".join(data.name.split()), data.unit.strip()
    if not name:
        raise ValidationError(texts.NAME_REQUIRED)
    if len(name) > NAME_LIMIT:
        raise ValidationError(texts.NAME_TOO_LONG.format(limit=NAME_LIMIT))
    if len(unit) > UNIT_LIMIT:
        raise ValidationError(texts.UNIT_TOO_LONG.format(limit=UNIT_LIMIT))
    if data.direction not in texts.DIRECTIONS:
        raise ValidationError(texts.BAD_DIRECTION.format(value=data.direction))
    if data.source not in texts.SOURCES:
        raise ValidationError(texts.BAD_SOURCE.format(value=data.source))
    return IndicatorInput(name, unit, data.direction, data.source, data.description.strip())


def _check_unique(session: Session, name: str, own_id: uuid.UUID | None) -> None:
    """No two names alike among the built-ins and the school's own indicators."""
    key = fold(name)
    for other_id, other_name in session.execute(select(Indicator.id, Indicator.name)):
        if other_id != own_id and fold(other_name) == key:
            raise ValidationError(texts.NAME_TAKEN.format(name=name))


def _apply(row: Indicator, data: IndicatorInput) -> None:
    row.name, row.unit, row.direction = data.name, data.unit, data.direction
    row.source, row.description = data.source, data.description


def to_row(row: Indicator, baseline: IndicatorBaseline | None = None) -> IndicatorRow:
    """The row as the screens see it; ``baseline`` is the school's own, if any."""
    return IndicatorRow(
        row.id,
        row.code,
        row.name,
        row.unit,
        row.direction,
        row.source,
        row.description,
        row.is_shipped,
        row.position,
        baseline.year if baseline else None,
        baseline.value if baseline else None,
    )
