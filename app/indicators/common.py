"""Small helpers shared by the indicator use cases: row lookup and value rules."""

from __future__ import annotations

import math
import re
import uuid

from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.indicators import texts
from app.scope import school_of
from db.models.indicators import Indicator

PERCENT_UNITS = frozenset({"%", "процент", "проценты", "процентов"})
COUNT_UNITS = frozenset({"чел.", "чел", "человек"})
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def found(session: Session, indicator_id: uuid.UUID) -> Indicator:
    row = session.get(Indicator, indicator_id)
    if row is None:
        raise NotFoundError(texts.NOT_FOUND)
    return row


def baseline_key(session: Session, indicator_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """The primary key of the session's school's baseline of an indicator."""
    return {"school_id": school_of(session), "indicator_id": indicator_id}


def is_percent(unit: str) -> bool:
    return unit.strip().lower() in PERCENT_UNITS


def is_count(unit: str) -> bool:
    return unit.strip().lower() in COUNT_UNITS


def parse_number(text: str | float | int | None, unit: str) -> float | None:
    """A user's cell text as a checked value; blank means «no value» (``None``).

    Accepts a comma or a dot as the decimal separator, spaces and a trailing «%».
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValidationError(texts.NOT_A_NUMBER.format(text=text))
    if isinstance(text, int | float):
        return check_value(float(text), unit)
    cleaned = text.replace("\u00a0", "").replace(" ", "").removesuffix("%")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise ValidationError(texts.NOT_A_NUMBER.format(text=text.strip()))
    return check_value(float(cleaned.replace(",", ".")), unit)


def check_value(value: float, unit: str) -> float:
    """``value`` if it suits ``unit``: percentages 0–100, head counts whole and ≥ 0."""
    if not math.isfinite(value):
        raise ValidationError(texts.NOT_FINITE)
    shown = format_number(value)
    if is_percent(unit) and not 0 <= value <= 100:
        raise ValidationError(texts.PERCENT_RANGE.format(value=shown))
    if is_count(unit) and (value < 0 or value != int(value)):
        raise ValidationError(texts.COUNT_NOT_WHOLE.format(value=shown))
    if value < 0:
        raise ValidationError(texts.NEGATIVE.format(value=shown))
    return value


def format_number(value: float | None) -> str:
    """Russian style: «12,5», «40»; empty for no value."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if text != "-0" else "0"
