"""The transition programme (программа перехода) and its roadmap (дорожная карта).

«Просрочено» is not stored: it is derived from the period's end date and the status.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
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
from db.enums import ACHIEVEMENT_LEVELS, ACTIVITY_STATUSES, RESOURCE_KINDS, one_of
from db.types import AcademicYear, AcademicYearType


class Programme(Owned, UuidPrimaryKey, Timestamps, Base):
    """A transition programme; one of its owner's programmes is the current one."""

    __tablename__ = "programme"
    __table_args__ = (unique_where("uq_programme_current", "school_id", where="is_current"),)

    title: Mapped[str] = mapped_column(String(500))
    first_year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    last_year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    order_number: Mapped[str] = mapped_column(String(100), default="")
    order_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    goal: Mapped[str] = mapped_column(Text, default="")
    problem_analysis: Mapped[str] = mapped_column(Text, default="")
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)


class ProgrammeTask(Owned, UuidPrimaryKey, Timestamps, Base):
    """A numbered task (задача) of a programme."""

    __tablename__ = "programme_task"
    __table_args__ = (UniqueConstraint("programme_id", "number"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class PlannedResult(Owned, UuidPrimaryKey, Timestamps, Base):
    """A planned result (планируемый результат) of a task."""

    __tablename__ = "planned_result"

    task_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("programme_task.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class ResultAchievement(Owned, UuidPrimaryKey, Timestamps, Base):
    """The degree of achievement of a planned result in one academic year."""

    __tablename__ = "result_achievement"
    __table_args__ = (one_of("level", ACHIEVEMENT_LEVELS),)

    result_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("planned_result.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    level: Mapped[str] = mapped_column(String(20))  # achieved / partial / not_achieved
    # the school's own words for the degree («Разработана, частично реализуется»), printed
    # as written beside the category; empty: the category's standard title
    wording: Mapped[str] = mapped_column(Text, default="", server_default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class NonExecutionReason(SharedOrOwned, UuidPrimaryKey, Timestamps, Base):
    """Catalogue of reason categories for non-execution: shipped entries (``code`` set,
    no owner, the same id everywhere) and a school's own additions."""

    __tablename__ = "non_execution_reason"
    __table_args__ = (
        unique_where("uq_non_execution_reason_code", "code", where="code IS NOT NULL"),
    )

    code: Mapped[str | None] = mapped_column(String(50), nullable=True)

    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RoadmapActivity(Owned, UuidPrimaryKey, Timestamps, Base):
    """An activity (мероприятие) of the roadmap in one academic year."""

    __tablename__ = "roadmap_activity"
    __table_args__ = (
        one_of("status", ACTIVITY_STATUSES),
        one_of("resource_kind", RESOURCE_KINDS, nullable=True),
    )

    task_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("programme_task.id", ondelete="SET NULL"), nullable=True, index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType, index=True)
    title: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_text: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(300), default="")
    responsible_role: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    forecast_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    forecast_unit: Mapped[str] = mapped_column(String(100), default="")
    forecast_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    actual_result: Mapped[str] = mapped_column(Text, default="")
    reason_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("non_execution_reason.id", ondelete="SET NULL"), nullable=True
    )
    reason_text: Mapped[str] = mapped_column(Text, default="")
    resource_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    resource_text: Mapped[str] = mapped_column(Text, default="")
    # the municipality's plan: its «Рекомендации» note on an action (seed 002)
    recommendation: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class ActivityEvidence(Owned, UuidPrimaryKey, Timestamps, Base):
    """A document that proves an activity was done (name, number, date)."""

    __tablename__ = "activity_evidence"

    activity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("roadmap_activity.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(500))
    number: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
