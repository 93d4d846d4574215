"""The indicator catalogue: built-in indicators shipped as data, and the school's own."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import func, select

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.indicators import texts
from app.indicators.common import found
from db.engine import Database
from db.models.indicators import Indicator

BUILTIN_FILE = Path(__file__).resolve().parents[2] / "resources" / "indicators" / "builtin.json"
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
    is_builtin: bool
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


def ensure_builtin(db: Database) -> int:
    """Add the built-in indicators this database lacks; return how many were added."""
    with db.reading() as session:
        have = set(session.scalars(select(Indicator.code)))
    missing = [d for d in builtin_definitions() if d["code"] not in have]
    if not missing:
        return 0
    positions = {d["code"]: index for index, d in enumerate(builtin_definitions(), start=1)}
    with db.unit_of_work() as session:
        have = set(session.scalars(select(Indicator.code)))
        for item in missing:
            if item["code"] not in have:
                session.add(_builtin_row(item, positions[item["code"]]))
    return len(missing)


def _builtin_row(item: dict, position: int) -> Indicator:
    return Indicator(
        code=item["code"],
        name=item["name"],
        unit=item["unit"],
        direction=item["direction"],
        source=item["source"],
        description=item.get("description", ""),
        is_builtin=True,
        position=position,
    )


def list_indicators(db: Database) -> list[IndicatorRow]:
    """The whole catalogue in its order (built-in ones first); loads built-ins on first use."""
    ensure_builtin(db)
    with db.reading() as session:
        rows = session.scalars(select(Indicator).order_by(Indicator.position, Indicator.name))
        return [to_row(r) for r in rows]


def get_indicator(db: Database, indicator_id: uuid.UUID) -> IndicatorRow:
    with db.reading() as session:
        return to_row(found(session, indicator_id))


def add_indicator(db: Database, data: IndicatorInput) -> OpResult[uuid.UUID]:
    """Add one of the school's own indicators at the end of the catalogue."""
    data = validated(data)
    ensure_builtin(db)
    with db.unit_of_work() as session:
        _check_unique(session, data.name, None)
        last = session.scalar(select(func.max(Indicator.position))) or 0
        row = Indicator(code=f"own_{uuid.uuid4().hex[:8]}", is_builtin=False, position=last + 1)
        _apply(row, data)
        session.add(row)
        session.flush()
        return OpResult(row.id, CHANGED)


def update_indicator(db: Database, indicator_id: uuid.UUID, data: IndicatorInput) -> OpResult[None]:
    data = validated(data)
    with db.unit_of_work() as session:
        row = found(session, indicator_id)
        _check_unique(session, data.name, indicator_id)
        _apply(row, data)
    return OpResult(None, CHANGED)


def delete_indicator(db: Database, indicator_id: uuid.UUID) -> OpResult[None]:
    """Delete one of the school's own indicators with its values; built-ins stay."""
    with db.unit_of_work() as session:
        row = found(session, indicator_id)
        if row.is_builtin:
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


def _check_unique(session, name: str, own_id: uuid.UUID | None) -> None:
    for other_id, other_name in session.execute(select(Indicator.id, Indicator.name)):
        if other_id != own_id and other_name.lower().replace("ё", "е") == name.lower().replace(
            "ё", "е"
        ):
            raise ValidationError(texts.NAME_TAKEN.format(name=name))


def _apply(row: Indicator, data: IndicatorInput) -> None:
    row.name, row.unit, row.direction = data.name, data.unit, data.direction
    row.source, row.description = data.source, data.description


def to_row(row: Indicator) -> IndicatorRow:
    return IndicatorRow(
        row.id,
        row.code,
        row.name,
        row.unit,
        row.direction,
        row.source,
        row.description,
        row.is_builtin,
        row.position,
        row.baseline_year,
        row.baseline_value,
    )
