"""A snapshot's values converted column by column to the Python values of this version's
columns; a value that cannot be one refuses the package.

A package holds some ten thousand values. Checking them a column at a time keeps the loops
in C (``map``, ``set``, ``zip``): the types present in a column are one set, and each
distinct id, date or year is parsed once — a school's id is on every row.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Uuid

from app.sync import texts
from app.sync.errors import PackageRefused
from db.errors import InvalidAcademicYear
from db.types import AcademicYear, AcademicYearType, UtcDateTime

_NONE = type(None)
_TEXT = frozenset({str, _NONE})
_BOOLEAN = frozenset({bool, _NONE})
_INTEGER = frozenset({int, _NONE})
_NUMBER = frozenset({int, float, _NONE})


def refused(detail: str) -> PackageRefused:
    return PackageRefused(texts.BAD_SCHEMA.format(detail=detail))


def convert_column(
    table: Table, name: str, values: Sequence[Any], cache: dict[Any, Any]
) -> Sequence[Any]:
    """``values`` of ``table.name`` as Python values (same order, ``None`` kept).
    ``cache`` maps text already parsed to its value, shared by a snapshot's columns."""
    column = table.c[name]
    where = f"{table.name}.{name}"
    kinds = set(map(type, values))
    if _NONE in kinds and not column.nullable:
        raise refused(where)
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            return _only(values, kinds, _BOOLEAN, where)
        if isinstance(kind, Integer):
            return _only(values, kinds, _INTEGER, where)
        if isinstance(kind, Float):
            return _numbers(values, kinds, where)
        parse = _parser(kind, where)
        if parse is None:
            raise refused(where)
        if not kinds <= _TEXT:
            raise refused(where)
        if parse is str:
            return _texts(values, kind.length, where)
        if isinstance(kind, UtcDateTime) and _NONE not in kinds:
            return _moments(values, where)  # each one differs: nothing to share
        return _parsed(values, parse, cache)
    except (ValueError, InvalidAcademicYear) as err:
        raise refused(where) from err


def _only(values: Sequence[Any], kinds: set[type], allowed: frozenset, where: str):
    if not kinds <= allowed:
        raise refused(where)
    return values


def _numbers(values: Sequence[Any], kinds: set[type], where: str) -> list[float | None]:
    if not kinds <= _NUMBER:
        raise refused(where)
    present = [float(v) for v in values if v is not None]
    if not all(map(math.isfinite, present)):
        raise refused(where)
    found = iter(present)
    return [None if v is None else next(found) for v in values]


def _texts(values: Sequence[Any], length: int | None, where: str) -> Sequence[Any]:
    if length is not None and max(map(len, filter(None, values)), default=0) > length:
        raise refused(where)
    return values


def _parser(kind: Any, where: str) -> Callable[[str], Any] | None:
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, AcademicYearType):
        return AcademicYear.parse
    if isinstance(kind, UtcDateTime):
        return lambda text: _aware(datetime.fromisoformat(text), where)
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, String):  # Text is a String
        return str
    return None


def _moments(values: Sequence[str], where: str) -> list[datetime]:
    moments = list(map(datetime.fromisoformat, values))
    if None in set(map(attrgetter("tzinfo"), moments)):
        raise refused(where)
    return moments


def _aware(moment: datetime, where: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(where)
    return moment


def _parsed(values: Sequence[Any], parse: Callable[[str], Any], cache: dict[Any, Any]):
    key = parse  # the same text is a different value in another kind of column
    known = cache.setdefault(key, {})
    for text in set(values) - known.keys():
        if text is not None:
            known[text] = parse(text)
    known.setdefault(None, None)
    return list(map(known.__getitem__, values))
