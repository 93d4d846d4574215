"""Small helpers shared by the partnership use cases."""

from __future__ import annotations

from collections.abc import Mapping

from app.changes import Changes
from app.errors import NotFoundError, ValidationError
from app.partnership import texts

CHANGED = Changes(partnership=True)


def check_choice(value: str, choices: Mapping[str, str], field: str) -> str:
    if value not in choices:
        raise ValidationError(texts.UNKNOWN_VALUE.format(value=value, field=field))
    return value


def found(row: object | None) -> object:
    if row is None:
        raise NotFoundError(texts.NOT_FOUND)
    return row
