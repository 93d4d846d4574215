"""The organisation this installation belongs to: a school or a municipal authority."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamps, UuidPrimaryKey


class SchoolProfile(UuidPrimaryKey, Timestamps, Base):
    """A school (образовательная организация). Its id is the school's stable UUID."""

    __tablename__ = "school"

    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    director: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_rural: Mapped[bool] = mapped_column(Boolean, default=False)
    is_small: Mapped[bool] = mapped_column(Boolean, default=False)
    low_results: Mapped[bool] = mapped_column(Boolean, default=False)
    hard_social_conditions: Mapped[bool] = mapped_column(Boolean, default=False)
    pupils: Mapped[int] = mapped_column(Integer, default=0)
    teachers: Mapped[int] = mapped_column(Integer, default=0)
    classes: Mapped[int] = mapped_column(Integer, default=0)
    # True for the school that owns this installation; imported schools are False.
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)


class MunicipalityProfile(UuidPrimaryKey, Timestamps, Base):
    """A municipal education authority (орган управления образованием)."""

    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    methodologist: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
