"""Partnership with leader schools: partners, roles, agreements, support plans, joint events."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamps, UuidPrimaryKey


class PartnerSchool(UuidPrimaryKey, Timestamps, Base):
    """A school we work with (школа-партнёр)."""

    __tablename__ = "partner_school"

    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(300), default="")
    director: Mapped[str] = mapped_column(String(200), default="")
    contacts: Mapped[str] = mapped_column(Text, default="")
    # One line per area: «Область: что может предложить».
    offers: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")


class PartnerRole(UuidPrimaryKey, Timestamps, Base):
    """The partner's role relative to us from a date on (leader / peer / mentee)."""

    __tablename__ = "partner_role"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partner_school.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    since: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CooperationDirection(UuidPrimaryKey, Timestamps, Base):
    """An editable catalogue entry: a direction of cooperation (seed 001)."""

    __tablename__ = "cooperation_direction"

    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agreement(UuidPrimaryKey, Timestamps, Base):
    """A cooperation / network-interaction agreement with a partner."""

    __tablename__ = "partnership_agreement"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partner_school.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(100), default="")
    signed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    prolongation: Mapped[str] = mapped_column(Text, default="")
    prolonged_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    our_obligations: Mapped[str] = mapped_column(Text, default="")
    partner_obligations: Mapped[str] = mapped_column(Text, default="")


class AgreementDirection(Base):
    """Which catalogue directions an agreement names."""

    __tablename__ = "agreement_direction"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partnership_agreement.id", ondelete="CASCADE"), primary_key=True
    )
    direction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("cooperation_direction.id", ondelete="CASCADE"), primary_key=True
    )


class SupportMeasure(UuidPrimaryKey, Timestamps, Base):
    """An item of the plan of targeted support measures under an agreement."""

    __tablename__ = "support_measure"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partnership_agreement.id", ondelete="CASCADE"), index=True
    )
    measure: Mapped[str] = mapped_column(Text)
    deficit: Mapped[str] = mapped_column(Text, default="")
    responsible_ours: Mapped[str] = mapped_column(String(300), default="")
    responsible_partner: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    result: Mapped[str] = mapped_column(Text, default="")


class JointEvent(UuidPrimaryKey, Timestamps, Base):
    """A joint event with a partner: planned and/or held, with participants by category."""

    __tablename__ = "joint_event"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partner_school.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    was_planned: Mapped[bool] = mapped_column(Boolean, default=True)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[str] = mapped_column(String(20), default="in_person")
    stage: Mapped[str] = mapped_column(String(20), default="joint_work")
    organiser: Mapped[str] = mapped_column(String(20), default="partner")
    topic: Mapped[str] = mapped_column(Text)
    outcomes: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("support_measure.id", ondelete="SET NULL"), nullable=True, index=True
    )
    activity_id: Mapped[uuid.UUID | None] = mapped_column(  # the roadmap activity it serves
        Uuid, ForeignKey("roadmap_activity.id", ondelete="SET NULL"), nullable=True, index=True
    )
    our_teachers: Mapped[int] = mapped_column(Integer, default=0)
    our_pupils: Mapped[int] = mapped_column(Integer, default=0)
    our_parents: Mapped[int] = mapped_column(Integer, default=0)
    our_admin: Mapped[int] = mapped_column(Integer, default=0)
    partner_teachers: Mapped[int] = mapped_column(Integer, default=0)
    partner_pupils: Mapped[int] = mapped_column(Integer, default=0)
    partner_parents: Mapped[int] = mapped_column(Integer, default=0)
    partner_admin: Mapped[int] = mapped_column(Integer, default=0)


class EventDirection(Base):
    """Which directions of cooperation an event served."""

    __tablename__ = "event_direction"

    event_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("joint_event.id", ondelete="CASCADE"), primary_key=True
    )
    direction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("cooperation_direction.id", ondelete="CASCADE"), primary_key=True
    )
