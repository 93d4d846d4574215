"""Whose data a use case works on, and how mutating use cases compose.

Every use case takes a :class:`SchoolScope`: the database plus the organisation whose data
it reads or changes (in school mode the installation's own school; in municipality mode
any imported school, read-only, or the municipality itself). Sessions opened through the
scope see only that organisation's rows (``db.scoping``).

A mutating use case is written as a *core* ``core(session, *args) -> OpResult`` and
wrapped with :func:`operation`: calling it with a scope opens one unit of work around
the core; a caller that must apply many changes atomically (importing a package) opens
one unit of work and calls several ``op.core(session, ...)`` inside it.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Concatenate, Generic, ParamSpec, TypeVar

from sqlalchemy import select

from app import texts
from app.changes import OpResult
from app.errors import InstallationError, ReadOnlyError
from db.engine import Database
from db.lean_tables import organisation

if TYPE_CHECKING:  # the ORM is loaded with the first session (a report needs none)
    from sqlalchemy.orm import Session

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SchoolScope:
    """One organisation's data in one database."""

    db: Database
    school_id: uuid.UUID
    read_only: bool = False

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries over this organisation's rows (and shipped catalogues)."""
        with self.db.reading(self.school_id) as session:
            yield session

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction over this organisation's rows; refused when read-only."""
        if self.read_only:
            raise ReadOnlyError(texts.READ_ONLY)
        with self.db.unit_of_work(self.school_id) as session:
            yield session


def school_of(session: Session) -> uuid.UUID:
    """The organisation a core's session works for."""
    from db.scoping import owner_of

    owner = owner_of(session)
    if owner is None:
        raise RuntimeError("a use case core needs a session bound to a school")
    return owner


class Operation(Generic[P, T]):
    """A mutating use case: ``op(scope, ...)`` runs ``op.core(session, ...)`` in one unit
    of work of that scope."""

    def __init__(self, core: Callable[Concatenate[Session, P], OpResult[T]]) -> None:
        self.core = core
        functools.update_wrapper(self, core)

    def __call__(self, scope: SchoolScope, *args: P.args, **kwargs: P.kwargs) -> OpResult[T]:
        with scope.unit_of_work() as session:
            return self.core(session, *args, **kwargs)


def operation(core: Callable[Concatenate[Session, P], OpResult[T]]) -> Operation[P, T]:
    """Declare a mutating use case by its core (see the module's docstring)."""
    return Operation(core)


def own_organisation_id(db: Database) -> uuid.UUID:
    """The organisation this installation belongs to. The one place ``is_own`` is read."""
    with db.engine.connect() as connection:
        # a table clause, not the model: Главная asks this before the models are loaded
        query = select(organisation.c.id).where(organisation.c.is_own)
        found = connection.scalars(query).all()
    if len(found) != 1:
        raise InstallationError(texts.OWN_ORGANISATION_MISSING)
    return found[0]
