"""A new database is built from the models in one step (``db.migrate.create_fresh``); it
must be the same database that running every migration from an empty file builds:
tables, columns, keys, named constraints, indexes (partial ones with their WHERE) and the
shipped catalogue rows."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from db.engine import Database, sqlite_url
from db.migrate import create_fresh, schema_status, upgrade

CONSTRAINT = re.compile(
    r"CONSTRAINT (\w+) (CHECK \((?:[^()]|\([^()]*\))*\)|UNIQUE \([^)]*\)|"
    r"PRIMARY KEY \([^)]*\)|FOREIGN KEY\([^)]*\) REFERENCES \w+ \([^)]*\)"
    r"(?: ON DELETE \w+(?: NULL)?)?)"
)


def describe(path: Path) -> dict:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        shape = {}
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for table, sql in tables:
            columns = sorted(
                (name, kind.upper(), bool(notnull), default, pk)
                for _cid, name, kind, notnull, default, pk in conn.execute(
                    f'PRAGMA table_info("{table}")'
                )
            )
            keys = sorted(
                (row[2], row[3], row[4], row[6])
                for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            )
            named = sorted((name, " ".join(body.split())) for name, body in CONSTRAINT.findall(sql))
            shape[table] = (columns, keys, named)
        indexes = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        shape["indexes"] = sorted((n, t, " ".join(s.split())) for n, t, s in indexes)
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
    assert any("WHERE is_current" in sql for _n, _t, sql in fresh["indexes"])
    checks = [n for table in fresh.values() if isinstance(table, tuple) for n, _ in table[2]]
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
