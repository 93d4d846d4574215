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


_ESCAPABLE = b'"\\/bfnrtu'  # what may follow a backslash in JSON
_NOT_KEPT = bytes(range(256)).translate(None, b"[]{}" + _ESCAPABLE)
_NOT_MARK = bytes(range(256)).translate(None, b'"[]{}')
_BRACKETS = bytes.maketrans(b"[{]}", b"(())")


def _depth(raw: bytes) -> int:
    """The deepest nesting of brackets outside strings (checked before parsing, so a
    hostile file cannot exhaust the parser's recursion), at C speed. Only brackets,
    quotes and what escapes are made of are kept; escaped backslashes and quotes go, then
    all but quotes and brackets; what lies between a pair of quotes is a string's. Each
    pass then removes the innermost bracket pairs; brackets left unpaired all count (the
    file is invalid anyway)."""
    kept = raw.translate(None, _NOT_KEPT)
    marks = kept.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_MARK)
    # two adjacent quotes enclose nothing (or nothing lies between two strings): gone,
    # every bracket left keeps its place inside or outside a string
    marks = marks.replace(b'""', b"")
    brackets = b"".join(marks.split(b'"')[0::2]).translate(_BRACKETS)
    depth = 0
    while depth <= MAX_JSON_DEPTH:
        inner = brackets.replace(b"()", b"")
        if len(inner) == len(brackets):
            break
        brackets, depth = inner, depth + 1
    return depth + brackets.count(b"(")


def loads(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise PackageRefused(texts.BAD_JSON.format(detail="UTF-8")) from err
    if _depth(raw) > MAX_JSON_DEPTH:
        raise PackageRefused(texts.BAD_JSON.format(detail=texts.JSON_TOO_DEEP))
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        detail = f"строка {err.lineno}, позиция {err.colno}"
        raise PackageRefused(texts.BAD_JSON.format(detail=detail)) from err
