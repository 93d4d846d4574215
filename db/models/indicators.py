"""Indicators (показатели): the catalogue and values per academic year.

Design: one row per indicator per academic year holds the nullable ``target`` and
``actual``. The baseline is a single (year, value) pair kept on the indicator itself
(``baseline_year`` / ``baseline_value``): a programme measures progress from one starting
point, and keeping it on the indicator makes "two baselines" impossible by construction.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.academic_year import AcademicYear
from db.base import Base, Timestamps, UuidPrimaryKey
from db.types import AcademicYearType


class Indicator(UuidPrimaryKey, Timestamps, Base):
    """A measurable value the school tracks (built-in or the school's own)."""

    __tablename__ = "indicator"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(30), default="")
    direction: Mapped[str] = mapped_column(String(20), default="higher")  # higher | lower
    source: Mapped[str] = mapped_column(String(20), default="school")  # school | municipal
    description: Mapped[str] = mapped_column(Text, default="")
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    baseline_year: Mapped[AcademicYear | None] = mapped_column(AcademicYearType, nullable=True)
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)


class IndicatorValue(UuidPrimaryKey, Timestamps, Base):
    """Target and actual of one indicator in one academic year."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)
