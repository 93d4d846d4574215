"""The XLSX template of an instrument: written through app.excel, read back and validated.

Four sheets: the instrument's fields, the scales (one row per level), the areas and the
items. What is read is assembled into the JSON shape and validated like a JSON file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.excel import Column, read_table, write_table
from app.self_assessment import texts as t
from app.self_assessment.instruments import Instrument, parse_instrument

INSTRUMENT_HEADERS = (t.XLSX_KEY, t.XLSX_VALUE)
SCALE_HEADERS = (t.XLSX_SCALE_NAME, t.XLSX_LEVEL, t.XLSX_DESCRIPTOR)
AREA_HEADERS = (t.XLSX_AREA_ID, t.XLSX_AREA_TITLE, t.XLSX_KEYWORDS)
ITEM_HEADERS = (
    t.XLSX_AREA_ID,
    t.XLSX_ITEM_ID,
    t.XLSX_ITEM_TEXT,
    t.XLSX_GUIDANCE,
    t.XLSX_EVIDENCE,
    t.XLSX_SCALE,
    t.XLSX_OFFER,
)
_THRESHOLDS = ("high", "medium", "strength", "weak_item")


def write_instrument_xlsx(path: Path, instrument: Instrument) -> Path:
    """Write ``instrument`` as an editable template (each item gets its own scale name)."""
    fields = [
        (t.XLSX_FIELDS[name], getattr(instrument, name))
        for name in ("id", "version", "title", "description", "guidance", "sample_note")
    ]
    fields += [(t.XLSX_FIELDS[n], getattr(instrument.thresholds, n)) for n in _THRESHOLDS]
    scales, items = _scales_and_items(instrument)
    areas = [(a.id, a.title, ", ".join(a.keywords)) for a in instrument.areas]
    return write_table(
        path,
        t.XLSX_INSTRUMENT_SHEET,
        _columns(INSTRUMENT_HEADERS),
        fields,
        extra_sheets=[
            (t.XLSX_LEVELS_SHEET, _columns(SCALE_HEADERS), scales),
            (t.XLSX_AREAS_SHEET, _columns(AREA_HEADERS), areas),
            (t.XLSX_ITEMS_SHEET, _columns(ITEM_HEADERS), items),
        ],
    )


def read_instrument_xlsx(path: Path) -> Instrument:
    """Read a template back; everything is validated before anything is returned."""
    fields = read_table(path, t.XLSX_INSTRUMENT_SHEET, INSTRUMENT_HEADERS)
    by_label = {str(row[t.XLSX_KEY]): row[t.XLSX_VALUE] for _, row in fields.rows}
    data: dict[str, Any] = {}
    for name in ("id", "version", "title", "description", "guidance", "sample_note"):
        value = by_label.get(t.XLSX_FIELDS[name])
        if value is not None:
            data[name] = _text(value)
    data["thresholds"] = {
        n: _number(by_label[t.XLSX_FIELDS[n]])
        for n in _THRESHOLDS
        if by_label.get(t.XLSX_FIELDS[n]) is not None
    }
    data["scales"] = _read_scales(path)
    data["areas"] = _read_areas(path)
    return parse_instrument(data, path.name)


def _read_scales(path: Path) -> dict[str, list[dict]]:
    sheet = read_table(path, t.XLSX_LEVELS_SHEET, SCALE_HEADERS)
    scales: dict[str, list[dict]] = {}
    for _, row in sheet.rows:
        level = {"level": _number(row[t.XLSX_LEVEL]), "descriptor": _text(row[t.XLSX_DESCRIPTOR])}
        scales.setdefault(_text(row[t.XLSX_SCALE_NAME]), []).append(level)
    return scales


def _read_areas(path: Path) -> list[dict]:
    areas: dict[str, dict] = {}
    for _, row in read_table(path, t.XLSX_AREAS_SHEET, AREA_HEADERS).rows:
        keywords = [k.strip() for k in _text(row[t.XLSX_KEYWORDS]).split(",") if k.strip()]
        area_id = _text(row[t.XLSX_AREA_ID])
        areas[area_id] = {
            "id": area_id,
            "title": _text(row[t.XLSX_AREA_TITLE]),
            "keywords": keywords,
            "items": [],
        }
    for _, row in read_table(path, t.XLSX_ITEMS_SHEET, ITEM_HEADERS).rows:
        item = {
            "id": _text(row[t.XLSX_ITEM_ID]),
            "text": _text(row[t.XLSX_ITEM_TEXT]),
            "guidance": _text(row[t.XLSX_GUIDANCE]),
            "evidence": _text(row[t.XLSX_EVIDENCE]),
            "scale": _text(row[t.XLSX_SCALE]),
            "offer": _text(row[t.XLSX_OFFER]).lower() == t.YES,
        }
        area_id = _text(row[t.XLSX_AREA_ID])
        area = areas.setdefault(
            area_id, {"id": area_id, "title": area_id, "keywords": [], "items": []}
        )
        area["items"].append(item)
    return list(areas.values())


def _scales_and_items(instrument: Instrument) -> tuple[list[tuple], list[tuple]]:
    names: dict[tuple, str] = {}
    scales: list[tuple] = []
    items: list[tuple] = []
    for area, item in instrument.all_items():
        signature = tuple((x.level, x.descriptor) for x in item.levels)
        if signature not in names:
            names[signature] = f"s{len(names) + 1}"
            scales += [(names[signature], level, text) for level, text in signature]
        offer = t.YES if item.offer else ""
        items.append(
            (area.id, item.id, item.text, item.guidance, item.evidence, names[signature], offer)
        )
    return scales, items


def _columns(headers: tuple[str, ...]) -> list[Column]:
    return [Column(h, (lambda row, i=i: row[i])) for i, h in enumerate(headers)]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return value
    return value
