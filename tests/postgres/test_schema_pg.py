"""The same Alembic migrations build the models' schema on PostgreSQL too: autogenerate finds
nothing to do, ``create_fresh`` gives the migrated database, and the way down to the first
release and back up works (the SQLite versions: tests/test_database.py,
tests/test_fresh_schema.py)."""

from __future__ import annotations

import sqlalchemy as sa

from db.engine import Database, make_engine
from db.migrate import applied_status, create_fresh, run_alembic, schema_status, upgrade


def describe(url: str) -> dict:
    """The schema as PostgreSQL's catalogue states it, independent of how it was built:
    per table its columns (type, NOT NULL, default) and constraints with their definitions;
    every index with its definition (partial ones with their WHERE); enum types, views and
    triggers; plus the shipped catalogue rows and the stamped revision."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            q = conn.exec_driver_sql
            tables = {}
            for oid, table in q(
                "SELECT c.oid, c.relname FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind = 'r'"
            ):
                columns = sorted(
                    q(
                        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                        " pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
                        " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        " WHERE a.attrelid = %(oid)s AND a.attnum > 0 AND NOT a.attisdropped",
                        {"oid": oid},
                    ).all()
                )
                constraints = sorted(
                    q(
                        "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                        " WHERE conrelid = %(oid)s",
                        {"oid": oid},
                    ).all()
                )
                tables[table] = (columns, constraints)
            indexes = dict(
                (name, (table, definition))
                for name, table, definition in q(
                    "SELECT indexname, tablename, indexdef FROM pg_indexes"
                    " WHERE schemaname = 'public'"
                )
            )
            enums = dict(
                q(
                    "SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)"
                    " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname"
                ).all()
            )
            others = sorted(
                q("SELECT 'view', viewname FROM pg_views WHERE schemaname = 'public'").all()
                + q("SELECT 'trigger', tgname FROM pg_trigger WHERE NOT tgisinternal").all()
            )
            catalogue = {
                table: sorted(
                    q(f"SELECT id, code, title, position, active, school_id FROM {table}").all()
                )
                for table in ("non_execution_reason", "cooperation_direction")
            }
            version = q("SELECT version_num FROM alembic_version").all()
    finally:
        engine.dispose()
    return {
        "tables": tables,
        "indexes": indexes,
        "enums": enums,
        "others": others,
        "catalogue": catalogue,
        "version": version,
    }


def test_migrations_build_exactly_the_models(pg_url):
    """Migrations from an empty database to head; autogenerate then finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import db.models  # noqa: F401
    from db.base import Base, postgres_partial_indexes

    engine = make_engine(pg_url)
    try:
        status = upgrade(engine)
        assert not status.pending and status.current == status.head
        postgres_partial_indexes(Base.metadata)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
            tables = set(sa.inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert differences == []
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


def test_fresh_database_equals_the_migrated_one(pg_url, pg_migrated_url):
    engine = make_engine(pg_url)
    try:
        create_fresh(engine)
        assert not schema_status(engine).pending
    finally:
        engine.dispose()
    fresh, migrated = describe(pg_url), describe(pg_migrated_url)
    assert fresh.keys() == migrated.keys()
    for key in fresh:
        assert fresh[key] == migrated[key], key
    assert len(fresh["catalogue"]["non_execution_reason"]) == 6
    partial = fresh["indexes"]["uq_programme_current"][1]
    assert partial.startswith("CREATE UNIQUE INDEX uq_programme_current ON public.programme")
    assert partial.endswith("WHERE is_current")
    checks = {name for _cols, named in fresh["tables"].values() for name, kind, _ in named}
    assert "ck_roadmap_activity_status" in checks


def test_downgrade_to_the_first_release_and_back(pg_migrated_url):
    from db.models import SchoolProfile

    database = Database.at(pg_migrated_url)
    try:
        with database.unit_of_work() as session:
            session.add(
                SchoolProfile(full_name="МОУ «Тестовая ОШ»", short_name="Тестовая ОШ", is_own=True)
            )
        database.dispose()
        run_alembic(database.engine, "downgrade", "0001_foundation")
        assert applied_status(database.engine).current == "0001_foundation"
        with database.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT short_name FROM school").scalars().all()
        assert names == ["Тестовая ОШ"]
        run_alembic(database.engine, "upgrade", "heads")
        with database.reading() as session:
            assert session.scalars(sa.select(SchoolProfile)).one().short_name == "Тестовая ОШ"
    finally:
        database.dispose()


def test_applied_status_reads_the_head(pg_url, pg_migrated_url):
    empty, migrated = make_engine(pg_url), make_engine(pg_migrated_url)
    try:
        assert applied_status(empty).is_empty
        status = applied_status(migrated)
        assert status.current == status.head
        assert not status.pending
        assert status == schema_status(migrated)
    finally:
        empty.dispose()
        migrated.dispose()
