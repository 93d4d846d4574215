"""Instrument definitions: the JSON data format, validated with pydantic at load.

A definition names its areas, the items of each area and a scale per item (inline or a
reference to ``scales``), with guidance, expected evidence and the risk thresholds.
Any problem becomes a :class:`ValidationError` naming the file and the field path.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic import ValidationError as PydanticError

from app.errors import ValidationError
from app.resources import resource_path
from app.self_assessment import texts

FORMAT = "perekhod-instrument/1"
MAX_FILE_BYTES = 2_000_000
BUILTIN_DIR = resource_path("instruments")
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Level(_Strict):
    level: int
    descriptor: Text


class Item(_Strict):
    id: Text
    text: Text
    guidance: str = ""
    evidence: str = ""
    scale: Text | list[Level]
    offer: bool = False  # "what we can offer": kept out of the area score

    @property
    def levels(self) -> list[Level]:
        assert isinstance(self.scale, list), "resolved at load"
        return self.scale

    @property
    def min_level(self) -> int:
        return min(x.level for x in self.levels)

    @property
    def max_level(self) -> int:
        return max(x.level for x in self.levels)

    def descriptor(self, level: int) -> str:
        return next((x.descriptor for x in self.levels if x.level == level), "")


class Area(_Strict):
    id: Text
    title: Text
    keywords: list[str] = Field(default_factory=list)
    items: list[Item]


class Thresholds(_Strict):
    high: float = 40  # score below → high risk
    medium: float = 70  # score below → medium risk
    strength: float = 80  # area score at or above → strength
    weak_item: float = 34  # item score at or below → weak item

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if not 0 <= self.high < self.medium <= self.strength <= 100:
            raise ValueError(texts.BAD_THRESHOLDS)
        return self


class Instrument(_Strict):
    format: str = FORMAT
    id: Text
    version: Text
    title: Text
    description: str = ""
    guidance: str = ""
    sample_note: str = ""
    scales: dict[str, list[Level]] = Field(default_factory=dict)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    areas: list[Area]

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def item(self, item_id: str) -> tuple[Area, Item] | None:
        for area in self.areas:
            for item in area.items:
                if item.id == item_id:
                    return area, item
        return None

    def all_items(self) -> list[tuple[Area, Item]]:
        return [(a, i) for a in self.areas for i in a.items]

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=1)


def parse_instrument(data: Any, file: str) -> Instrument:
    """Validate ``data`` (parsed JSON) fully; scales are resolved into every item."""
    if isinstance(data, dict) and data.get("format", FORMAT) != FORMAT:
        raise ValidationError(texts.UNKNOWN_FORMAT.format(file=file, found=data.get("format")))
    try:
        raw = Instrument.model_validate(data)
    except PydanticError as err:
        deepest = max(err.errors(), key=lambda e: len(e["loc"]))
        raise ValidationError(_field_error(file, deepest["loc"], deepest)) from err
    problems = _semantic_problems(raw)
    if problems:
        path, reason = problems[0]
        raise ValidationError(texts.BAD_FIELD.format(file=file, path=path, reason=reason))
    return _resolved(raw)


def load_instrument_file(path: Path) -> Instrument:
    """Read and validate a JSON instrument file."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(texts.FILE_TOO_BIG.format(file=path.name, size=size))
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ValidationError(texts.FILE_UNREADABLE.format(file=path.name, reason=err)) from err
    return parse_json_text(text, path.name)


def parse_json_text(text: str, file: str) -> Instrument:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        reason = f"строка {err.lineno}, позиция {err.colno}"
        raise ValidationError(texts.BAD_JSON.format(file=file, reason=reason)) from err
    return parse_instrument(data, file)


def builtin_instruments() -> list[Instrument]:
    """The instruments shipped in ``resources/instruments``."""
    return [load_instrument_file(p) for p in sorted(BUILTIN_DIR.glob("*.json"))]


def _field_error(file: str, loc: tuple, error: dict) -> str:
    path = _path(loc)
    kind = error.get("type", "")
    if kind == "missing":
        reason = texts.FIELD_MISSING
    elif kind == "extra_forbidden":
        reason = texts.FIELD_EXTRA
    elif kind == "string_too_short":
        reason = texts.FIELD_EMPTY
    elif kind.endswith("_type"):
        expected = texts.EXPECTED.get(kind.removesuffix("_type"), kind)
        reason = texts.FIELD_TYPE.format(expected=expected)
    elif kind == "value_error":
        reason = str(error.get("ctx", {}).get("error", texts.FIELD_INVALID))
    else:
        reason = texts.FIELD_INVALID
    return texts.BAD_FIELD.format(file=file, path=path or "—", reason=reason)


def _path(loc: tuple) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts[-1 if parts else 0 :] = [f"{parts[-1] if parts else ''}[{part}]"]
        elif part in ("list[Level]", "str") or "constrained" in str(part):
            continue  # pydantic's union member labels
        else:
            parts.append(str(part))
    return ".".join(parts)


def _semantic_problems(raw: Instrument) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for field_name in ("id", "version"):
        if not _ID.match(getattr(raw, field_name)):
            problems.append((field_name, texts.BAD_ID))
    for name, levels in raw.scales.items():
        problems += _scale_problems(f"scales.{name}", levels)
    if not raw.areas:
        problems.append(("areas", texts.NO_AREAS))
    areas_seen: set[str] = set()
    items_seen: set[str] = set()
    for a_index, area in enumerate(raw.areas):
        where = f"areas[{a_index}]"
        if area.id in areas_seen:
            problems.append((f"{where}.id", texts.DUPLICATE_AREA.format(id=area.id)))
        areas_seen.add(area.id)
        if not area.items:
            problems.append((f"{where}.items", texts.NO_ITEMS))
        for i_index, item in enumerate(area.items):
            at = f"{where}.items[{i_index}]"
            if item.id in items_seen:
                problems.append((f"{at}.id", texts.DUPLICATE_ITEM.format(id=item.id)))
            items_seen.add(item.id)
            if isinstance(item.scale, str):
                if item.scale not in raw.scales:
                    problems.append((f"{at}.scale", texts.UNKNOWN_SCALE.format(name=item.scale)))
            else:
                problems += _scale_problems(f"{at}.scale", item.scale)
    return problems


def _scale_problems(where: str, levels: list[Level]) -> list[tuple[str, str]]:
    if len(levels) < 2:
        return [(where, texts.TOO_FEW_LEVELS)]
    seen: set[int] = set()
    for index, level in enumerate(levels):
        if level.level in seen:
            return [(f"{where}[{index}].level", texts.DUPLICATE_LEVEL.format(level=level.level))]
        seen.add(level.level)
    return []


def _resolved(raw: Instrument) -> Instrument:
    areas = []
    for area in raw.areas:
        items = []
        for item in area.items:
            scale = raw.scales[item.scale] if isinstance(item.scale, str) else item.scale
            items.append(item.model_copy(update={"scale": sorted(scale, key=lambda x: x.level)}))
        areas.append(area.model_copy(update={"items": items}))
    return raw.model_copy(update={"areas": areas})
