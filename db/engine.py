"""Engine and session factory. SQLite gets durable pragmas on every pooled connection.

The ORM (``sqlalchemy.orm``, the sessions' owner filter in ``db.scoping``) is loaded with
the first session: a report reads through Core connections only and never pays for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _apply_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives a power cut (NORMAL may lose the last ones in WAL mode).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite files get WAL, FULL sync, FKs and a busy timeout."""
    is_sqlite = url.startswith("sqlite")
    kwargs: dict = {"future": True}
    if is_sqlite:
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    else:
        # a server that does not answer is reported, not waited for without end
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 10, "application_name": "perekhod"}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _apply_sqlite_pragmas)
    return engine


class Database:
    """One database: its engine and a unit-of-work factory for use cases."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory: sessionmaker | None = None

    def _sessions(self) -> Session:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory()

    @classmethod
    def at(cls, url: str) -> Database:
        return cls(make_engine(url))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self, owner: uuid.UUID | None = None) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        With ``owner`` the session sees and writes only that organisation's rows
        (``db.scoping``); without, it sees everything.
        """
        from db.scoping import bind_owner

        session = bind_owner(self._sessions(), owner)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self, owner: uuid.UUID | None = None) -> Iterator[Session]:
        """A session for queries only; nothing is committed. ``owner`` as above."""
        from db.scoping import bind_owner

        session = bind_owner(self._sessions(), owner)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
