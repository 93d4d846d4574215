"""Sessions bound to one organisation's data (SQLAlchemy's multi-tenant recipe).

A session opened with an owner (``session.info["school_id"]``) sees only that owner's
rows of every :class:`~db.base.Owned` table, and shipped or own rows of every
:class:`~db.base.SharedOrOwned` catalogue — in SELECT, ORM UPDATE and ORM DELETE
alike — and stamps every new owned row with the owner's id. A row of another owner
cannot be flushed through it. Sessions without an owner (migrations, seeding the
catalogues, a municipality's consolidated views) see everything.
"""

from __future__ import annotations

import functools
import uuid

from sqlalchemy import event, or_
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from db.base import Owned, SharedOrOwned

OWNER_KEY = "school_id"


class OwnerMismatch(RuntimeError):
    """A row of one owner was about to be written through a session of another."""


def owner_of(session: Session) -> uuid.UUID | None:
    """The organisation a session is bound to (``None``: unscoped)."""
    return session.info.get(OWNER_KEY)


def bind_owner(session: Session, owner: uuid.UUID | None) -> Session:
    if owner is not None:
        session.info[OWNER_KEY] = owner
    return session


@event.listens_for(Session, "do_orm_execute")
def _only_the_owners_rows(state: ORMExecuteState) -> None:
    owner = owner_of(state.session)
    if owner is None or not (state.is_select or state.is_update or state.is_delete):
        return
    if state.is_column_load or state.is_relationship_load:
        return  # the parent query was already limited
    state.statement = state.statement.options(*_criteria(owner))


@functools.lru_cache(maxsize=256)
def _criteria(owner: uuid.UUID) -> tuple:
    """The two loader criteria of one owner, built once (building them costs more than
    the rest of a small query)."""
    return (
        with_loader_criteria(Owned, lambda cls: cls.school_id == owner, include_aliases=True),
        with_loader_criteria(
            SharedOrOwned,
            lambda cls: or_(cls.school_id == owner, cls.school_id.is_(None)),
            include_aliases=True,
        ),
    )


@event.listens_for(Session, "before_flush")
def _stamp_new_rows(session: Session, _context, _instances) -> None:
    owner = owner_of(session)
    if owner is None:
        return
    for row in session.new:
        if isinstance(row, Owned | SharedOrOwned):
            if row.school_id is None:
                row.school_id = owner
            elif row.school_id != owner:
                raise OwnerMismatch(f"{type(row).__name__} of {row.school_id} in {owner}")
    for row in session.dirty:
        if isinstance(row, Owned | SharedOrOwned) and row.school_id not in (owner, None):
            raise OwnerMismatch(f"{type(row).__name__} of {row.school_id} in {owner}")
