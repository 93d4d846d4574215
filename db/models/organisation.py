"""Organisations: schools and municipal authorities in one table, told apart by ``kind``.

Every owned row elsewhere points here through ``school_id``. An installation has exactly
one own organisation (``is_own``, enforced by a partial unique index); a municipality's
database also holds the schools it imported (``is_own`` false, read-only for it).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, synonym

from db.base import Base, Timestamps, UuidPrimaryKey, unique_where
from db.enums import ORGANISATION_KINDS, one_of


class Organisation(UuidPrimaryKey, Timestamps, Base):
    """A school or a municipal education authority. Its id is its stable UUID."""

    __tablename__ = "organisation"
    __table_args__ = (
        one_of("kind", ORGANISATION_KINDS),
        unique_where("uq_organisation_own", "is_own", where="is_own"),
    )
    __mapper_args__ = {"polymorphic_on": "kind"}

    kind: Mapped[str] = mapped_column(String(20))
    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    director: Mapped[str] = mapped_column(String(200), default="")
    methodologist: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_rural: Mapped[bool] = mapped_column(Boolean, default=False)
    is_small: Mapped[bool] = mapped_column(Boolean, default=False)
    low_results: Mapped[bool] = mapped_column(Boolean, default=False)
    hard_social_conditions: Mapped[bool] = mapped_column(Boolean, default=False)
    pupils: Mapped[int] = mapped_column(Integer, default=0)
    teachers: Mapped[int] = mapped_column(Integer, default=0)
    classes: Mapped[int] = mapped_column(Integer, default=0)
    # True for the organisation that owns this installation; imported schools are False.
    # Read through app.scope.own_organisation_id only.
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)


class SchoolProfile(Organisation):
    """A school (образовательная организация)."""

    __mapper_args__ = {"polymorphic_identity": "school"}


class MunicipalityProfile(Organisation):
    """A municipal education authority (орган управления образованием)."""

    __mapper_args__ = {"polymorphic_identity": "municipality"}

    name = synonym("full_name")
