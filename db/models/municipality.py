"""The municipality's own register data: schools it expects packages from, and the
deadlines it sets for them (e.g. the annual summary due 1 June).

These rows carry ``municipality_id``, not ``school_id``: they are the municipality's working
notes, never part of a school's snapshot (``app.sync.snapshot.owned_tables`` picks tables
by a ``school_id`` column).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamps, UuidPrimaryKey


class ExpectedSchool(UuidPrimaryKey, Timestamps, Base):
    """A school the methodologist expects packages from, named before any arrived."""

    __tablename__ = "expected_school"

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(500))
    note: Mapped[str] = mapped_column(Text, default="")


class PackageDeadline(UuidPrimaryKey, Timestamps, Base):
    """A package due from every school: received from ``opens_on`` up to ``due_on``."""

    __tablename__ = "package_deadline"

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    opens_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
