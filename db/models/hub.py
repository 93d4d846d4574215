"""What the PCs of a regional hub share in its PostgreSQL database instead of the data
folder: the keys pinned for schools, key changes waiting for a person, and the package
sequence, and the list of return packages written. A single-PC installation keeps these in
``keys/``, ``state.json`` and ``exchange/returns.json`` (restoring a database backup must not
rewind them); a hub's database is backed up by PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class _PeerKeyColumns:
    organisation_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(500), default="")
    kind: Mapped[str] = mapped_column(String(20))
    signing_key: Mapped[str] = mapped_column(String(64))  # hex
    exchange_key: Mapped[str] = mapped_column(String(64))  # hex


class PinnedKey(_PeerKeyColumns, Base):
    """A school's (or the municipality's) keys, trusted on first use."""

    __tablename__ = "pinned_key"

    organisation_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class PendingKey(_PeerKeyColumns, Base):
    """A changed key seen in a refused package, until a person compares fingerprints."""

    __tablename__ = "pending_key"

    fingerprint: Mapped[str] = mapped_column(String(120), primary_key=True)


class SequenceCounter(Base):
    """The last number given to a package this organisation sent (one signing key, so
    one count whichever PC of the hub writes the package)."""

    __tablename__ = "sequence_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ReturnWrittenRecord(Base):
    """A return package one of the hub's PCs wrote for a school (``app.sync.returns_out``).
    The school is named by id without a foreign key (the record outlives the school's rows),
    in ``recipient_id``: a ``school_id`` column would make it one of a school's own tables
    (``app.sync.snapshot.owned_tables``), emptied by each package the school sends."""

    __tablename__ = "return_written"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    recipient_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    school: Mapped[str] = mapped_column(String(500))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    written_on: Mapped[date] = mapped_column(Date)
    recommendations: Mapped[int] = mapped_column(Integer)
    partners: Mapped[int] = mapped_column(Integer)
    figures: Mapped[int] = mapped_column(Integer)
