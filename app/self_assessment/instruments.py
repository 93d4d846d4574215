"""Instrument definitions: the JSON data format, validated with pydantic at load.

A definition names its areas, the items of each area and a scale per item (inline or a
reference to ``scales``), with guidance, expected evidence and the risk thresholds.
Any problem becomes a :class:`ValidationError` naming the file and the field path.

The parsed data is bounded before pydantic sees it: it may not nest deeper than 32 levels,
hold more than 200,000 values, a number not finite or of more than 18 digits, or a text
longer than Excel's cell or with a control character (which the XLSX template could not
hold). Reading a file (its size, encoding and strict JSON) is
:mod:`app.self_assessment.instrument_json`'s.
"""

from __future__ import annotations

import json
import math
import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic import ValidationError as PydanticError

from app.errors import ValidationError
from app.self_assessment import texts

FORMAT = "perekhod-instrument/1"
MAX_DEPTH = 32
MAX_VALUES = 200_000
MAX_DIGITS = 18
MAX_TEXT = 32_767  # one Excel cell: the template must hold every text
SHOWN = 60  # characters of a value echoed in a message
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")
# What an XLSX cell (XML 1.0) cannot hold, plus DEL: tab, line feed and return are fine.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Level(_Strict):
    level: Annotated[int, Field(ge=0, le=100)]
    descriptor: Text


class Item(_Strict):
    id: Key
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
    id: Key
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
    id: Key
    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
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
    file = shown(file)
    problem = _shape_problem(data)
    if problem is not None:
        path, reason = problem
        raise ValidationError(texts.BAD_FIELD.format(file=file, path=path or "—", reason=reason))
    if isinstance(data, dict) and data.get("format", FORMAT) != FORMAT:
        found = shown(str(data.get("format")))
        raise ValidationError(texts.UNKNOWN_FORMAT.format(file=file, found=found))
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


def shown(value: str) -> str:
    """``value`` fit for a one-line message: no control characters, at most 60 characters."""
    flat = " ".join(_BAD_CHAR.sub(" ", value).split())
    return flat if len(flat) <= SHOWN else flat[: SHOWN - 1] + "…"


def _shape_problem(data: Any) -> tuple[str, str] | None:
    """The first path (and reason) where ``data`` is too deep, too big or holds a text the
    template cannot; walked without recursion, keys included."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    values = 0
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path, texts.JSON_TOO_DEEP.format(limit=MAX_DEPTH)
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                return path, problem
        elif isinstance(value, dict):
            values += len(value)
            if values > MAX_VALUES:
                return path, texts.JSON_TOO_MANY.format(limit=MAX_VALUES)
            for key, item in value.items():
                if not isinstance(key, str):
                    return path, texts.FIELD_INVALID
                problem = _text_problem(key)
                if problem:
                    return path, problem
                stack.append((item, f"{path}.{shown(key)}" if path else shown(key), depth + 1))
        elif isinstance(value, list):
            values += len(value)
            if values > MAX_VALUES:
                return path, texts.JSON_TOO_MANY.format(limit=MAX_VALUES)
            for index, item in enumerate(value):
                stack.append((item, f"{path}[{index}]", depth + 1))
        elif isinstance(value, float) and not math.isfinite(value):
            return path, texts.JSON_NOT_FINITE.format(value=value)
        elif (
            isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_DIGITS
        ):
            return path, texts.JSON_NUMBER_TOO_LONG.format(digits=len(str(value)), limit=MAX_DIGITS)
    return None


def _text_problem(text: str) -> str | None:
    if len(text) > MAX_TEXT:
        return texts.TEXT_TOO_LONG.format(length=len(text), limit=MAX_TEXT)
    bad = _BAD_CHAR.search(text)
    if bad:
        return texts.CONTROL_CHAR.format(code=f"U+{ord(bad.group()):04X}", at=bad.start() + 1)
    return None


def _field_error(file: str, loc: tuple, error: dict) -> str:
    path = _path(loc)
    kind = error.get("type", "")
    if kind == "missing":
        reason = texts.FIELD_MISSING
    elif kind == "extra_forbidden":
        reason = texts.FIELD_EXTRA
    elif kind == "string_too_short":
        reason = texts.FIELD_EMPTY
    elif kind == "string_too_long":
        reason = texts.FIELD_TOO_LONG.format(limit=error.get("ctx", {}).get("max_length", "?"))
    elif kind in ("greater_than_equal", "less_than_equal"):
        reason = texts.LEVEL_RANGE
    elif kind.endswith("_type") and kind.removesuffix("_type") in texts.EXPECTED:
        reason = texts.FIELD_TYPE.format(expected=texts.EXPECTED[kind.removesuffix("_type")])
    elif kind == "value_error":
        reason = shown(str(error.get("ctx", {}).get("error", texts.FIELD_INVALID)))
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
            problems.append((f"{where}.id", texts.DUPLICATE_AREA.format(id=shown(area.id))))
        areas_seen.add(area.id)
        if not area.items:
            problems.append((f"{where}.items", texts.NO_ITEMS))
        for i_index, item in enumerate(area.items):
            at = f"{where}.items[{i_index}]"
            if item.id in items_seen:
                problems.append((f"{at}.id", texts.DUPLICATE_ITEM.format(id=shown(item.id))))
            items_seen.add(item.id)
            if isinstance(item.scale, str):
                if item.scale not in raw.scales:
                    unknown = texts.UNKNOWN_SCALE.format(name=shown(item.scale))
                    problems.append((f"{at}.scale", unknown))
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
