"""What the municipality sends a school in return packages, and the school's answers.

Recommendations, partner assignments and monitoring figures carry ``municipality_id`` (the
authority that wrote them) and ``recipient_id`` (the school they are for), never
``school_id``: they are the municipality's rows, so they stay out of a school's snapshot
(``app.sync.snapshot.owned_tables`` picks tables by a ``school_id`` column). The same rows
are stored at the school when a return package arrives. A school's answer is its own row
(``school_id``) and travels back in its next package; it names its recommendation by id
without a foreign key, so a recommendation withdrawn later never breaks a school package.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned, Timestamps, UuidPrimaryKey
from db.enums import ANSWER_STATUSES, PARTNER_ROLES, one_of
from db.types import AcademicYear, AcademicYearType


class _FromMunicipality:
    municipality_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )


class Recommendation(_FromMunicipality, UuidPrimaryKey, Timestamps, Base):
    """A recommendation to one school (рекомендация), answered by the school."""

    __tablename__ = "recommendation"

    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    topic: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)
    respond_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Optimistic locking: two methodologists saving the same recommendation — the second
    # save finds a newer version and is refused instead of overwriting the first.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class PartnerAssignment(_FromMunicipality, UuidPrimaryKey, Timestamps, Base):
    """A partner school the municipality assigns (e.g. a leader school for a ШНОР)."""

    __tablename__ = "partner_assignment"
    __table_args__ = (one_of("role", PARTNER_ROLES),)

    partner_name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class MonitoringFigure(_FromMunicipality, UuidPrimaryKey, Timestamps, Base):
    """A school's indicator value as the municipality's monitoring measured it. The
    indicator is named by id without a foreign key (a school's own indicator may be gone)."""

    __tablename__ = "monitoring_figure"
    __table_args__ = (UniqueConstraint("municipality_id", "recipient_id", "indicator_id", "year"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class RecommendationAnswer(Owned, UuidPrimaryKey, Timestamps, Base):
    """The school's answer to a recommendation: what it decided and did."""

    __tablename__ = "recommendation_answer"
    __table_args__ = (
        UniqueConstraint("school_id", "recommendation_id"),
        one_of("status", ANSWER_STATUSES),
    )

    recommendation_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    status: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date] = mapped_column(Date)
