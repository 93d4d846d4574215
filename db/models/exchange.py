"""Packages a municipality has received: one row per accepted package, so the same file
twice changes nothing and an older sequence than the one held is refused as stale."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UuidPrimaryKey
from db.types import UtcDateTime, utc_now


class ReceivedPackage(UuidPrimaryKey, Base):
    """An accepted package. ``sender_id``: the school (or, at a school, the municipality);
    sequences are counted per sender and signing key (a school on a new PC starts anew)."""

    __tablename__ = "received_package"
    __table_args__ = (UniqueConstraint("digest", name="uq_received_package_digest"),)

    sender_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer)
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the package file
    file_name: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)  # as the sender's manifest says
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    rows: Mapped[int] = mapped_column(Integer, default=0)
