"""Academic years for the application: the value type lives in db.types (models store it);
this module words its errors in Russian for forms, imports and commands."""

from __future__ import annotations

from app import texts
from app.errors import ValidationError
from db.errors import InvalidAcademicYear
from db.types import FIRST_MONTH, AcademicYear, year_range

__all__ = ["FIRST_MONTH", "AcademicYear", "parse_year", "year_error", "year_range"]

_MESSAGES = {
    "format": texts.YEAR_BAD_FORMAT,
    "not_consecutive": texts.YEAR_NOT_CONSECUTIVE,
    "out_of_range": texts.YEAR_OUT_OF_RANGE,
}


def year_error(err: InvalidAcademicYear) -> ValidationError:
    """The Russian sentence for an academic year that failed a rule."""
    template = _MESSAGES[err.problem]
    return ValidationError(template.format(text=err.value, year=err.value))


def parse_year(text: str) -> AcademicYear:
    """``AcademicYear.parse`` for what a person typed: errors come as ValidationError."""
    try:
        return AcademicYear.parse(text)
    except InvalidAcademicYear as err:
        raise year_error(err) from err
