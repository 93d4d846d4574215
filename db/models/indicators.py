"""Indicators (показатели): the catalogue and values per academic year.

Design: one row per indicator per academic year holds the nullable ``target`` and
``actual``. The baseline is a single (year, value) pair per school and indicator
(``indicator_baseline``, keyed by the pair): a programme measures progress from one
starting point, and the key makes "two baselines" impossible by construction. Built-in
indicators are shared catalogue rows (no owner, the same id everywhere), so nothing a
school measures is stored on them.
"""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned, SharedOrOwned, Timestamps, UuidPrimaryKey, unique_where
from db.enums import INDICATOR_DIRECTIONS, INDICATOR_SOURCES, one_of
from db.types import AcademicYear, AcademicYearType


class Indicator(SharedOrOwned, UuidPrimaryKey, Timestamps, Base):
    """A measurable value the school tracks (built-in or the school's own)."""

    __tablename__ = "indicator"
    __table_args__ = (
        one_of("direction", INDICATOR_DIRECTIONS),
        one_of("source", INDICATOR_SOURCES),
        # Built-in codes are unique in the catalogue; own codes within their school.
        unique_where("uq_indicator_builtin_code", "code", where="school_id IS NULL"),
        unique_where("uq_indicator_own_code", "school_id", "code", where="school_id IS NOT NULL"),
    )

    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(30), default="")
    direction: Mapped[str] = mapped_column(String(20), default="higher")  # higher | lower
    source: Mapped[str] = mapped_column(String(20), default="school")  # school | municipal
    description: Mapped[str] = mapped_column(Text, default="")
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorBaseline(Owned, Timestamps, Base):
    """A school's one baseline (year and value) of an indicator."""

    __tablename__ = "indicator_baseline"

    school_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    indicator_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    value: Mapped[float] = mapped_column(Float)


class IndicatorValue(Owned, UuidPrimaryKey, Timestamps, Base):
    """Target and actual of one indicator in one academic year, for one school."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("school_id", "indicator_id", "year"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)
