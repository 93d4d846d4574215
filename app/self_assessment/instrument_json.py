"""Instrument JSON files: read bounded, parsed strictly, then validated as an instrument.

A file is bounded before pydantic sees it: only a regular file (no link, FIFO or device)
of at most 10 MB is read, as UTF-8; the JSON may not repeat a key in one object, spell
NaN/Infinity or a number of more than 18 digits (the limits on the parsed data itself are
:func:`~app.self_assessment.instruments.parse_instrument`'s). The shipped instruments are
such files in ``resources/instruments``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.files import FileRefused, open_regular, os_reason, regular_file
from app.resources import resource_path
from app.self_assessment import texts
from app.self_assessment.instruments import (
    MAX_DEPTH,
    MAX_DIGITS,
    Instrument,
    parse_instrument,
    shown,
)

MAX_FILE_BYTES = 10 * 1024 * 1024
BUILTIN_DIR = resource_path("instruments")


def check_regular_file(path: Path) -> int:
    """The size of ``path`` if it is a regular file (not a link, FIFO, device or folder)
    of at most :data:`MAX_FILE_BYTES`; otherwise a one-line Russian refusal."""
    try:
        size = regular_file(path).st_size
    except FileRefused as refused:
        raise _refusal(refused, path) from None
    _check_size(size, path)
    return size


def _refusal(refused: FileRefused, path: Path) -> ValidationError:
    name = shown(path.name)
    if refused.error is not None:
        return ValidationError(
            texts.FILE_UNREADABLE.format(file=name, reason=_os_reason(refused.error))
        )
    template = {
        "link": texts.FILE_IS_LINK,
        "folder": texts.FILE_IS_FOLDER,
    }.get(refused.problem, texts.FILE_NOT_REGULAR)
    return ValidationError(template.format(file=name))


def _check_size(size: int, path: Path) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            texts.FILE_TOO_BIG.format(
                file=shown(path.name), size=size, limit=MAX_FILE_BYTES // 2**20
            )
        )


def load_instrument_file(path: Path) -> Instrument:
    """Read and validate a JSON instrument file (bounded before it is parsed)."""
    check_regular_file(path)
    name = shown(path.name)
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileRefused as refused:
        raise _refusal(refused, path) from None
    except OSError as err:
        raise ValidationError(
            texts.FILE_UNREADABLE.format(file=name, reason=_os_reason(err))
        ) from err
    _check_size(len(raw), path)  # grew since it was looked at
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(texts.NOT_UTF8_BOM.format(file=name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValidationError(texts.NOT_UTF8.format(file=name, offset=err.start)) from err
    return parse_json_text(text, path.name)


class _Refused(ValueError):
    """A JSON value refused while the text is parsed (a reason in Russian)."""


def _refuse_constant(name: str) -> Any:
    raise _Refused(texts.JSON_NOT_FINITE.format(value=name))


def _checked_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(texts.JSON_NUMBER_TOO_LONG.format(digits=len(text), limit=MAX_DIGITS))
    return int(text)


def _checked_float(text: str) -> float:
    if len(text) > 2 * MAX_DIGITS + 8:
        raise _Refused(texts.JSON_NUMBER_TOO_LONG.format(digits=len(text), limit=MAX_DIGITS))
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(texts.JSON_NOT_FINITE.format(value=shown(text)))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(texts.JSON_DUPLICATE_KEY.format(key=shown(key)))
        result[key] = value
    return result


def parse_json_text(text: str, file: str) -> Instrument:
    name = shown(file)
    if len(text) > MAX_FILE_BYTES:
        raise ValidationError(
            texts.FILE_TOO_BIG.format(file=name, size=len(text), limit=MAX_FILE_BYTES // 2**20)
        )
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_checked_int,
            parse_float=_checked_float,
            object_pairs_hook=_unique_keys,
        )
    except _Refused as err:
        raise ValidationError(texts.BAD_JSON.format(file=name, reason=str(err))) from err
    except json.JSONDecodeError as err:
        reason = texts.JSON_AT.format(line=err.lineno, column=err.colno)
        raise ValidationError(texts.BAD_JSON.format(file=name, reason=reason)) from err
    except RecursionError as err:
        reason = texts.JSON_TOO_DEEP.format(limit=MAX_DEPTH)
        raise ValidationError(texts.BAD_JSON.format(file=name, reason=reason)) from err
    except ValueError as err:  # e.g. a number Python will not convert
        raise ValidationError(
            texts.BAD_JSON.format(file=name, reason=texts.JSON_BAD_VALUE)
        ) from err
    return parse_instrument(data, file)


def _os_reason(err: OSError) -> str:
    return os_reason(err)


def builtin_instruments() -> list[Instrument]:
    """The instruments shipped in ``resources/instruments``."""
    return [load_instrument_file(p) for p in sorted(BUILTIN_DIR.glob("*.json"))]
