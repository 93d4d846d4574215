"""The municipality's own working rows for its analytical report (seed 002): the catalogue
of municipal resources, which resource serves which task of which school's programme, and
the report's editable texts remembered per academic year.

All carry ``municipality_id``; a school's task is named by id without a foreign key, so a
re-import of a newer school package (which replaces the school's rows) keeps the
assignments of every task the school still has.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamps, UuidPrimaryKey
from db.enums import MUNICIPAL_RESOURCE_KINDS, one_of
from db.types import AcademicYear, AcademicYearType


class _OfMunicipality:
    municipality_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )


class MunicipalResource(_OfMunicipality, UuidPrimaryKey, Timestamps, Base):
    """A municipal resource: a project, seminar, methodical association (ММО), monitoring
    programme, course (КПК), tutor… with its period and who is responsible."""

    __tablename__ = "municipal_resource"
    __table_args__ = (one_of("kind", MUNICIPAL_RESOURCE_KINDS),)

    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    period: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ResourceAssignment(_OfMunicipality, UuidPrimaryKey, Timestamps, Base):
    """A municipal resource assigned to one task of one school's programme."""

    __tablename__ = "resource_assignment"
    __table_args__ = (UniqueConstraint("resource_id", "task_id"),)

    resource_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("municipal_resource.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)


class MunicipalText(_OfMunicipality, UuidPrimaryKey, Timestamps, Base):
    """One editable text of the municipality's annual report (the order's preamble, a
    point of «ОБЯЗЫВАЮ», a conclusion…), remembered per academic year by its key."""

    __tablename__ = "municipal_text"
    __table_args__ = (UniqueConstraint("municipality_id", "year", "key"),)

    year: Mapped[AcademicYear] = mapped_column(AcademicYearType)
    key: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
