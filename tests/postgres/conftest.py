"""PostgreSQL fixtures: one server per test session (``tests/postgres/server.py``), a fresh
database per test. Every test in this folder is marked ``postgres``; where no server
binaries exist the fixtures skip with the reason (CI installs Debian's postgresql and
fails rather than skips)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres.server import PostgresServer

HERE = Path(__file__).parent
TEMPLATE_DATABASE = "perekhod_migrated_template"


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server. Where none can be started the test skips, except
    under CI (``CI=true``), which installs the server: there a skip would hide a broken
    install, so it fails."""
    reason = PostgresServer.available()
    if reason and os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the postgres tests: {reason}")
    if reason:
        pytest.skip(reason)
    server = PostgresServer().start()
    yield server
    server.stop()


def _unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database, dropped after the test."""
    name = _unique_name("t")
    yield pg_server.create_database(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_migrated_template(pg_server: PostgresServer) -> str:
    """The name of a database migrated to head once per session (clone it, never use it:
    nobody may be connected to a template while it is copied)."""
    from db.engine import make_engine
    from db.migrate import run_alembic

    engine = make_engine(pg_server.create_database(TEMPLATE_DATABASE))
    try:
        run_alembic(engine, "upgrade", "heads")
    finally:
        engine.dispose()
    return TEMPLATE_DATABASE


@pytest.fixture
def pg_migrated_url(pg_server: PostgresServer, pg_migrated_template: str) -> Iterator[str]:
    """The URL of a new database at the schema head (a copy of the migrated template)."""
    name = _unique_name("m")
    yield pg_server.create_database(name, template=pg_migrated_template)
    pg_server.drop_database(name)
