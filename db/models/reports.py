"""The director's conclusions printed at the end of the annual summary (seed 002's four parts)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.academic_year import AcademicYear
from db.base import Base, Timestamps, UuidPrimaryKey
from db.types import AcademicYearType


class ReportConclusion(UuidPrimaryKey, Timestamps, Base):
    """One school's conclusions for one academic year."""

    __tablename__ = "report_conclusion"
    __table_args__ = (
        UniqueConstraint("school_id", "year", name="uq_report_conclusion_school_year"),
    )

    school_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("school.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    directions: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    internal_resources: Mapped[str] = mapped_column(Text, default="")
    external_resources: Mapped[str] = mapped_column(Text, default="")
    next_year_tasks: Mapped[str] = mapped_column(Text, default="")
