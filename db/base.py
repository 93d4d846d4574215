"""Declarative base, naming convention and the mixins every synced row uses.

Ownership: every row of an organisation's data carries ``school_id`` — the id of its
owner in ``organisation`` (a school, or the municipality for its own project and plan).
"This school's data" is one WHERE in every table. Catalogue tables (reasons, directions,
indicators) hold shipped rows with no owner (``school_id`` NULL, a deterministic id from
:func:`catalogue_id`) beside a school's own additions (random id, owned).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, MetaData, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.types import UtcDateTime, utc_now

# Stable constraint names so Alembic batch migrations can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Fixed for ever: shipped catalogue entries get uuid5(CATALOGUE_NAMESPACE, "<kind>:<code>"),
# so every school and the municipality agree on their ids.
CATALOGUE_NAMESPACE = uuid.UUID("6f1c8a52-3d0e-5b7a-9c41-2e8d5f0a7b63")


def catalogue_id(kind: str, code: str) -> uuid.UUID:
    """The id a shipped catalogue entry has in every installation."""
    return uuid.uuid5(CATALOGUE_NAMESPACE, f"{kind}:{code}")


def unique_where(name: str, *columns: str, where: str) -> Index:
    """A partial unique index: ``columns`` are unique among the rows matching ``where``.

    Only ``sqlite_where`` is given here: naming ``postgresql_where`` imports SQLAlchemy's
    whole PostgreSQL dialect (~55 ms on every start). :func:`postgres_partial_indexes`
    adds it where a PostgreSQL schema is built; the migrations give both.
    """
    index = Index(name, *columns, unique=True, sqlite_where=text(where))
    index.info["where"] = where
    return index


def postgres_partial_indexes(metadata: MetaData) -> None:
    """Give every :func:`unique_where` index its PostgreSQL condition (before building a
    PostgreSQL schema from the models; SQLite never needs it)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            if "where" in index.info:
                index.dialect_options["postgresql"]["where"] = text(index.info["where"])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UuidPrimaryKey:
    """Rows that may travel between installations are keyed by a UUID."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Timestamps:
    """Created/updated moments in UTC, maintained by the ORM."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, onupdate=utc_now, nullable=False
    )


class Owned:
    """A row of one organisation's data. Sessions opened for a school see only its rows
    and stamp new rows with its id (``db.scoping``)."""

    @declared_attr
    def school_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(
            Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True, nullable=False
        )


class SharedOrOwned:
    """A catalogue row: shipped with the app (no owner) or a school's own addition."""

    @declared_attr
    def school_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(
            Uuid, ForeignKey("organisation.id", ondelete="CASCADE"), index=True, nullable=True
        )

    @property
    def is_shipped(self) -> bool:
        return self.school_id is None
