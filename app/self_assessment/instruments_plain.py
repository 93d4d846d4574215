"""Instruments already validated, read without pydantic: the reports' read-only path.

A stored version was validated when it was stored (``catalogue.store_instrument``: every
way in — a shipped file, a JSON or XLSX import, a package — goes through
``instruments.parse_instrument``), and the shipped files are checked by the tests. A
report only reads them, so it builds these plain objects straight from the JSON: the same
attributes and methods as :class:`~app.self_assessment.instruments.Instrument` that
reading code uses, without importing pydantic (~0.1 s of a report's start).
tests/self_assessment/test_instruments_plain.py checks both readings agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.resources import resource_path

BUILTIN_DIR = resource_path("instruments")


@dataclass(frozen=True, slots=True)
class Level:
    level: int
    descriptor: str


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    guidance: str
    evidence: str
    levels: tuple[Level, ...]
    offer: bool = False

    @property
    def scale(self) -> tuple[Level, ...]:
        return self.levels

    @property
    def min_level(self) -> int:
        return min(x.level for x in self.levels)

    @property
    def max_level(self) -> int:
        return max(x.level for x in self.levels)

    def descriptor(self, level: int) -> str:
        return next((x.descriptor for x in self.levels if x.level == level), "")


@dataclass(frozen=True, slots=True)
class Area:
    id: str
    title: str
    keywords: tuple[str, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Thresholds:
    high: float = 40
    medium: float = 70
    strength: float = 80
    weak_item: float = 34


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    version: str
    title: str
    description: str = ""
    guidance: str = ""
    sample_note: str = ""
    thresholds: Thresholds = field(default_factory=Thresholds)
    areas: tuple[Area, ...] = ()

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


@lru_cache(maxsize=64)
def stored_instrument(definition: str) -> Instrument:
    """A stored (validated) definition as a plain instrument; versions never change."""
    return plain_instrument(json.loads(definition))


def version_key(version: str) -> tuple:
    """Versions in order: «2021.1» < «2021.2» < «2021.10» (numbers as numbers)."""
    parts = version.replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def builtin_plain() -> list[Instrument]:
    """The shipped instruments (``resources/instruments``), in the order
    :func:`~app.self_assessment.instrument_json.builtin_instruments` gives them."""
    return [_builtin(path) for path in sorted(BUILTIN_DIR.glob("*.json"))]


@lru_cache(maxsize=8)
def _builtin(path: Path) -> Instrument:
    return plain_instrument(json.loads(path.read_text(encoding="utf-8-sig")))


def plain_instrument(data: dict[str, Any]) -> Instrument:
    """``data`` (a valid definition) as pydantic reads it: the constrained texts stripped,
    scales resolved into the items, levels sorted."""
    scales = {name: _levels(levels) for name, levels in data.get("scales", {}).items()}
    areas = tuple(
        Area(
            area["id"].strip(),
            area["title"].strip(),
            tuple(area.get("keywords", ())),
            tuple(_item(item, scales) for item in area["items"]),
        )
        for area in data["areas"]
    )
    return Instrument(
        data["id"].strip(),
        data["version"].strip(),
        data["title"].strip(),
        data.get("description", ""),
        data.get("guidance", ""),
        data.get("sample_note", ""),
        Thresholds(**data.get("thresholds", {})),
        areas,
    )


def _item(item: dict[str, Any], scales: dict[str, tuple[Level, ...]]) -> Item:
    scale = item["scale"]
    levels = scales[scale.strip()] if isinstance(scale, str) else _levels(scale)
    return Item(
        item["id"].strip(),
        item["text"].strip(),
        item.get("guidance", ""),
        item.get("evidence", ""),
        levels,
        item.get("offer", False),
    )


def _levels(levels: list[dict[str, Any]]) -> tuple[Level, ...]:
    found = (Level(x["level"], x["descriptor"].strip()) for x in levels)
    return tuple(sorted(found, key=lambda x: x.level))
