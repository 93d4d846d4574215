"""Value and column types shared by all models: academic years and UTC timestamps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from db.errors import InvalidAcademicYear

_PATTERN = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$")
FIRST_MONTH = 9  # September


@dataclass(frozen=True, order=True, slots=True)
class AcademicYear:
    """An academic year identified by the calendar year it starts in."""

    start_year: int

    def __post_init__(self) -> None:
        if not 1990 <= self.start_year <= 2100:
            raise InvalidAcademicYear("out_of_range", self.start_year)

    @classmethod
    def parse(cls, text: str) -> AcademicYear:
        match = _PATTERN.match(text or "")
        if not match:
            raise InvalidAcademicYear("format", text)
        first, second = int(match.group(1)), int(match.group(2))
        if second != first + 1:
            raise InvalidAcademicYear("not_consecutive", text)
        return cls(first)

    @classmethod
    def containing(cls, day: date) -> AcademicYear:
        return cls(day.year if day.month >= FIRST_MONTH else day.year - 1)

    @classmethod
    def current(cls, today: date | None = None) -> AcademicYear:
        return cls.containing(today or date.today())

    @property
    def end_year(self) -> int:
        return self.start_year + 1

    @property
    def first_day(self) -> date:
        return date(self.start_year, FIRST_MONTH, 1)

    @property
    def last_day(self) -> date:
        return date(self.end_year, 8, 31)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def next(self) -> AcademicYear:
        return AcademicYear(self.start_year + 1)

    def previous(self) -> AcademicYear:
        return AcademicYear(self.start_year - 1)

    def __str__(self) -> str:
        return f"{self.start_year}-{self.end_year}"

    def __repr__(self) -> str:
        return f"AcademicYear('{self}')"


def year_range(first: AcademicYear, last: AcademicYear) -> list[AcademicYear]:
    """All academic years from ``first`` to ``last`` inclusive."""
    return [AcademicYear(y) for y in range(first.start_year, last.start_year + 1)]


class AcademicYearType(TypeDecorator[AcademicYear]):
    """Stores an :class:`AcademicYear` as its text «2024-2025» (sorts correctly)."""

    impl = String(9)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = AcademicYear.parse(value)
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> AcademicYear | None:
        return None if value is None else AcademicYear.parse(value)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
