"""Dates typed by people as «ДД.ММ.ГГГГ»: a day that does not exist (32.13.2024,
31.02.2026) is called impossible, not mis-formatted."""

from __future__ import annotations

import re
from datetime import date

from app import texts
from app.errors import ValidationError

_DAY_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_day(text: str, bad_format: str = texts.DATE_BAD_FORMAT) -> date:
    """``text`` as a date; ValidationError with ``bad_format`` or «Такой даты нет»."""
    value = (text or "").strip()
    match = _DAY_RE.fullmatch(value)
    if match is None:
        raise ValidationError(bad_format)
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as err:
        raise ValidationError(texts.NO_SUCH_DATE.format(value=value)) from err
