"""Self-assessment: stored instrument versions, runs, answers, deficits and strengths.

Deficits link to support measures, joint events and indicators (the programme's tasks and
activities get their link tables when that area lands).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned, Timestamps, UuidPrimaryKey
from db.enums import DEFICIT_RISKS, ENTRY_SOURCES, INSTRUMENT_SOURCES, RUN_STATUSES, one_of
from db.types import AcademicYear, AcademicYearType, UtcDateTime


class InstrumentVersion(UuidPrimaryKey, Timestamps, Base):
    """One version of an instrument, its whole definition kept as JSON. A shared catalogue:
    no owner, and the id is ``catalogue_id("instrument", "<key>:<version>")`` everywhere;
    items are keyed by their stable ``item_key`` inside the definition."""

    __tablename__ = "sa_instrument"
    __table_args__ = (
        UniqueConstraint("key", "version", name="uq_sa_instrument_key_version"),
        one_of("source", INSTRUMENT_SOURCES),
    )

    key: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(500))
    definition: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="builtin")  # builtin / file


class Run(Owned, UuidPrimaryKey, Timestamps, Base):
    """A self-assessment: one instrument version answered by the team in a year."""

    __tablename__ = "sa_run"
    __table_args__ = (one_of("status", RUN_STATUSES),)

    instrument_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_instrument.id", ondelete="RESTRICT"), index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType, index=True)
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    started_on: Mapped[date] = mapped_column(Date)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Owned, UuidPrimaryKey, Base):
    __tablename__ = "sa_team_member"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_run.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Reopening(Owned, UuidPrimaryKey, Base):
    """A finished run opened again, with the reason given."""

    __tablename__ = "sa_reopening"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_run.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class Answer(Owned, UuidPrimaryKey, Timestamps, Base):
    __tablename__ = "sa_answer"
    __table_args__ = (UniqueConstraint("run_id", "item_key", name="uq_sa_answer_run_item"),)

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sa_run.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(100))
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class Deficit(Owned, UuidPrimaryKey, Timestamps, Base):
    """A weak area or item: proposed by a run (then confirmed) or entered by hand."""

    __tablename__ = "sa_deficit"
    __table_args__ = (one_of("risk", DEFICIT_RISKS), one_of("source", ENTRY_SOURCES))

    run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sa_run.id", ondelete="SET NULL"), nullable=True, index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType, index=True)
    instrument_key: Mapped[str] = mapped_column(String(100), default="")
    area_key: Mapped[str] = mapped_column(String(100), default="")
    area_title: Mapped[str] = mapped_column(String(500), default="")
    item_key: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    risk: Mapped[str] = mapped_column(String(20), default="")
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # run / manual
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class Strength(Owned, UuidPrimaryKey, Timestamps, Base):
    """What the school does well and can offer a partner."""

    __tablename__ = "sa_strength"
    __table_args__ = (one_of("source", ENTRY_SOURCES),)

    run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sa_run.id", ondelete="SET NULL"), nullable=True, index=True
    )
    year: Mapped[AcademicYear] = mapped_column(AcademicYearType, index=True)
    instrument_key: Mapped[str] = mapped_column(String(100), default="")
    area_key: Mapped[str] = mapped_column(String(100), default="")
    area_title: Mapped[str] = mapped_column(String(500), default="")
    item_key: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    offer: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class DeficitMeasure(Owned, Base):
    __tablename__ = "sa_deficit_measure"

    deficit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_deficit.id", ondelete="CASCADE"), primary_key=True
    )
    measure_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("support_measure.id", ondelete="CASCADE"), primary_key=True
    )


class DeficitEvent(Owned, Base):
    __tablename__ = "sa_deficit_event"

    deficit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_deficit.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("joint_event.id", ondelete="CASCADE"), primary_key=True
    )


class DeficitIndicator(Owned, Base):
    __tablename__ = "sa_deficit_indicator"

    deficit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_deficit.id", ondelete="CASCADE"), primary_key=True
    )
    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True
    )
