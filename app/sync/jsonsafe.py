"""JSON from a package, read strictly: no NaN or Infinity, no duplicate keys, bounded depth."""

from __future__ import annotations

import json
from typing import Any

from app.sync import texts
from app.sync.errors import PackageRefused
from app.sync.limits import MAX_JSON_DEPTH


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PackageRefused(
                texts.BAD_JSON.format(detail=texts.JSON_DUPLICATE_KEY.format(key=key))
            )
        result[key] = value
    return result


def _no_constant(value: str) -> Any:
    raise PackageRefused(texts.BAD_JSON.format(detail=texts.JSON_NOT_NUMBER.format(value=value)))


def _depth(raw: str) -> int:
    """The deepest nesting of brackets outside strings (checked before parsing, so a
    hostile file cannot exhaust the parser's recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in raw:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def loads(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise PackageRefused(texts.BAD_JSON.format(detail="UTF-8")) from err
    if _depth(text) > MAX_JSON_DEPTH:
        raise PackageRefused(texts.BAD_JSON.format(detail=texts.JSON_TOO_DEEP))
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        detail = f"строка {err.lineno}, позиция {err.colno}"
        raise PackageRefused(texts.BAD_JSON.format(detail=detail)) from err
