"""Partnership with leader schools: partners, roles, agreements, support plans, joint events."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned, SharedOrOwned, Timestamps, UuidPrimaryKey, unique_where
from db.enums import (
    EVENT_FORMS,
    EVENT_KINDS,
    EVENT_ORGANISERS,
    EVENT_STAGES,
    MEASURE_STATUSES,
    PARTNER_ROLES,
    one_of,
)


class PartnerSchool(Owned, UuidPrimaryKey, Timestamps, Base):
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


class PartnerRole(Owned, UuidPrimaryKey, Timestamps, Base):
    """The partner's role relative to us from a date on (leader / peer / mentee)."""

    __tablename__ = "partner_role"
    __table_args__ = (one_of("role", PARTNER_ROLES),)

    partner_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partner_school.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    since: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CooperationDirection(SharedOrOwned, UuidPrimaryKey, Timestamps, Base):
    """A catalogue entry: a direction of cooperation (seed 001). Shipped entries have a
    ``code``, no owner and the same id everywhere; a school may add its own."""

    __tablename__ = "cooperation_direction"
    __table_args__ = (
        unique_where("uq_cooperation_direction_code", "code", where="code IS NOT NULL"),
    )

    code: Mapped[str | None] = mapped_column(String(50), nullable=True)

    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agreement(Owned, UuidPrimaryKey, Timestamps, Base):
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


class AgreementDirection(Owned, Base):
    """Which catalogue directions an agreement names."""

    __tablename__ = "agreement_direction"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partnership_agreement.id", ondelete="CASCADE"), primary_key=True
    )
    direction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("cooperation_direction.id", ondelete="CASCADE"), primary_key=True
    )


class SupportMeasure(Owned, UuidPrimaryKey, Timestamps, Base):
    """An item of the plan of targeted support measures under an agreement."""

    __tablename__ = "support_measure"
    __table_args__ = (one_of("status", MEASURE_STATUSES),)

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


class JointEvent(Owned, UuidPrimaryKey, Timestamps, Base):
    """A joint event with a partner: planned and/or held, with participants by category."""

    __tablename__ = "joint_event"
    __table_args__ = (
        one_of("kind", EVENT_KINDS),
        one_of("form", EVENT_FORMS),
        one_of("stage", EVENT_STAGES),
        one_of("organiser", EVENT_ORGANISERS),
    )

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


class EventDirection(Owned, Base):
    """Which directions of cooperation an event served."""

    __tablename__ = "event_direction"

    event_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("joint_event.id", ondelete="CASCADE"), primary_key=True
    )
    direction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("cooperation_direction.id", ondelete="CASCADE"), primary_key=True
    )
