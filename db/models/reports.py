"""The director's conclusions printed at the end of the annual summary (seed 002's four parts)."""

from __future__ import annotations

from sqlalchemy import Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned, Timestamps, UuidPrimaryKey
from db.types import AcademicYear, AcademicYearType


class ReportConclusion(Owned, UuidPrimaryKey, Timestamps, Base):
    """One school's conclusions for one academic year."""

    __tablename__ = "report_conclusion"
    __table_args__ = (
        UniqueConstraint("school_id", "year", name="uq_report_conclusion_school_year"),
    )

    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    directions: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    internal_resources: Mapped[str] = mapped_column(Text, default="")
    external_resources: Mapped[str] = mapped_column(Text, default="")
    next_year_tasks: Mapped[str] = mapped_column(Text, default="")
    # seed 002 asks for management decisions beside the conclusions
    management_decisions: Mapped[str] = mapped_column(Text, default="", server_default="")
    # the «Выводы» paragraph printed after the roadmap execution table
    roadmap_findings: Mapped[str] = mapped_column(Text, default="", server_default="")
