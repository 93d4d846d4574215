"""A new database is built from the models in one step (``db.migrate.create_fresh``); it
must be the same database that running every migration from an empty file builds:
tables, columns, keys, named constraints, indexes (partial ones with their WHERE) and the
shipped catalogue rows."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from db.backup import schema_shape
from db.engine import Database, sqlite_url
from db.migrate import create_fresh, schema_status, upgrade


def describe(path: Path) -> dict:
    """The schema as the restore check sees it (``db.backup.schema_shape``), plus the
    shipped catalogue rows and the stamped revision."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        shape = schema_shape(conn)
        shape["catalogue"] = {
            table: sorted(
                conn.execute(f"SELECT id, code, title, position, active, school_id FROM {table}")
            )
            for table in ("non_execution_reason", "cooperation_direction")
        }
        shape["version"] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return shape


def _build(path: Path, how) -> dict:
    database = Database.at(sqlite_url(path))
    try:
        how(database.engine)
        assert not schema_status(database.engine).pending
    finally:
        database.dispose()
    return describe(path)


def test_fresh_database_equals_the_migrated_one(tmp_path):
    fresh = _build(tmp_path / "fresh.sqlite", create_fresh)
    migrated = _build(tmp_path / "migrated.sqlite", upgrade)
    assert fresh.keys() == migrated.keys()
    for key in fresh:
        assert fresh[key] == migrated[key], key
    assert len(fresh["catalogue"]["non_execution_reason"]) == 6
    assert any("WHERE is_current" in sql for _t, sql in fresh["indexes"].values())
    checks = [n for _cols, _keys, named in fresh["tables"].values() for n, _ in named]
    assert "ck_roadmap_activity_status" in checks


def test_partial_indexes_keep_their_condition_on_postgresql():
    """Models name only ``sqlite_where`` (the PostgreSQL dialect stays off the start path);
    building a PostgreSQL schema adds the same condition."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex

    import db.models  # noqa: F401
    from db.base import Base, postgres_partial_indexes

    postgres_partial_indexes(Base.metadata)
    index = next(
        i for i in Base.metadata.tables["programme"].indexes if i.name == "uq_programme_current"
    )
    ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert "UNIQUE INDEX uq_programme_current ON programme (school_id) WHERE is_current" in ddl
