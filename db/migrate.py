"""Schema status and upgrades through Alembic, with a backup before any change."""

from __future__ import annotations

import ast
import contextlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.backup import BACKUP_SUFFIX, backup_name, online_backup
from db.errors import (
    DatabaseUnusable,
    DiskFull,
    ForeignKeyViolation,
    SchemaTooNewError,
    is_disk_full,
)
from db.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

MIGRATIONS_DIR = migrations_dir()


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None  # revisions joined by "+" if several branches are applied
    head: str

    @property
    def is_empty(self) -> bool:
        return self.current is None

    @property
    def pending(self) -> bool:
        return self.current != self.head


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def schema_status(engine: Engine) -> SchemaStatus:
    """Where the database stands; refuses a revision this version does not know."""
    from alembic.runtime.migration import MigrationContext

    scripts = script_directory()
    with engine.connect() as connection:
        applied = MigrationContext.configure(connection).get_current_heads()
    for revision in applied:
        ensure_known(revision, scripts)
    current = "+".join(sorted(applied)) if applied else None
    return SchemaStatus(current=current, head="+".join(sorted(scripts.get_heads())))


def ensure_known(revision: str | None, scripts: ScriptDirectory | None = None) -> None:
    """Refuse a schema revision written by a newer version of the application."""
    if revision is None:
        return
    known = {rev.revision for rev in scripts.walk_revisions()} if scripts else revision_graph()
    if revision not in known:
        raise SchemaTooNewError(revision)


def applied_status(engine: Engine) -> SchemaStatus:
    """:func:`schema_status` without Alembic: one query of ``alembic_version`` against the
    revisions read from the files (importing Alembic's machinery costs every open ~0.2 s;
    it is loaded only when there is something to upgrade)."""
    with engine.connect() as connection:
        rows = []
        if sa.inspect(connection).has_table("alembic_version"):
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    applied = sorted(str(row[0]) for row in rows if row[0])
    for revision in applied:
        ensure_known(revision)
    current = "+".join(applied) if applied else None
    return SchemaStatus(current=current, head="+".join(_heads_from_files()))


_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=]*=\s*(.+)$", re.MULTILINE)


def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision file's id and parents, read as text (importing Alembic costs ~0.3 s
    at start-up; tests check this agrees with Alembic's own view)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        revision = ast.literal_eval(values["revision"])
        parents = ast.literal_eval(values.get("down_revision", "None"))
        graph[revision] = tuple([parents] if isinstance(parents, str) else parents or ())
    return graph


SQLITE_HEADER = b"SQLite format 3\x00"
OUR_REVISION = re.compile(r"^\d{4}_\w+$")
# Tables without which a file is not a Perekhod database (either side of 0008).
_OWN_TABLES = ({"organisation"}, {"school"}, {"municipality"})


def _roll_back_hot_journal(path: Path) -> None:
    """A transaction cut off by a crash leaves ``-journal`` beside the file; a read-only
    connection cannot roll it back (SQLite then refuses the file as read-only), so one
    read-write open finishes SQLite's own recovery first. Nothing else is written."""
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as err:
        raise DatabaseUnusable("damaged", path, err) from err


def inspect_database(path: Path) -> SchemaStatus:
    """Where an installation's database file stands, read without writing to it.

    Refuses (``DatabaseUnusable``) a file that is missing, empty, not SQLite, damaged
    (``PRAGMA quick_check``) or foreign (no version row of ours, none of our tables), and
    (``SchemaTooNewError``) a revision written by a newer version. Only a file that passes
    may be opened through the engine, migrated or written.
    """
    if not path.exists():
        raise DatabaseUnusable("missing", path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as err:
        raise DatabaseUnusable("damaged", path, err) from err
    if not header:
        raise DatabaseUnusable("empty", path)
    if header != SQLITE_HEADER:
        raise DatabaseUnusable("not_sqlite", path)
    _roll_back_hot_journal(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise DatabaseUnusable("damaged", path, result[0] if result else "")
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            rows = (
                conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if "alembic_version" in tables
                else []
            )
    except sqlite3.Error as err:
        raise DatabaseUnusable("damaged", path, err) from err
    applied = sorted(str(row[0]) for row in rows if row[0])
    if not applied or not any(names <= tables for names in _OWN_TABLES):
        raise DatabaseUnusable("foreign", path)
    graph = revision_graph()
    for revision in applied:
        if revision not in graph:
            if OUR_REVISION.match(revision):
                raise SchemaTooNewError(revision)
            raise DatabaseUnusable("foreign", path, revision)
    return SchemaStatus(current="+".join(applied), head="+".join(_heads_from_files()))


def upgrade(
    engine: Engine,
    backups_dir: Path | None = None,
    database_file: Path | None = None,
    on_backup: Callable[[Path], None] | None = None,
) -> SchemaStatus:
    """Bring the schema to head in one transaction. An existing SQLite file is backed up
    online first — once per step: a retry after a failed attempt reuses that backup.

    A full disk, while backing up or migrating, raises ``DiskFull`` (or ``BackupFailure``
    "disk_full"); the database stays whole at its old revision.
    """
    status = applied_status(engine)
    if not status.pending:
        return status
    if not status.is_empty and backups_dir is not None and database_file is not None:
        written = migration_backup(database_file, backups_dir, status)
        if on_backup:
            on_backup(written)
    try:
        run_alembic(engine, "upgrade", "heads")
    except DiskFull:
        raise
    except Exception as err:
        if is_disk_full(err):
            raise DiskFull(database_file, err) from err
        raise
    return schema_status(engine)


def migration_backup(database_file: Path, backups_dir: Path, status: SchemaStatus) -> Path:
    """The backup before the step ``status.current`` → ``status.head``: an earlier one of
    the same step is reused while the database has not changed since it was written."""
    step = f"{status.current}-to-{status.head}"
    existing = _step_backup(database_file, backups_dir, step, status.current)
    if existing is not None:
        return existing
    return online_backup(database_file, backups_dir / backup_name("before-migration", step))


def _step_backup(database: Path, folder: Path, step: str, revision: str | None) -> Path | None:
    if not folder.is_dir():
        return None
    files = [database, Path(f"{database}-wal")]  # an empty WAL holds no change
    changed = max(
        (s.st_mtime for s in (p.stat() for p in files if p.exists()) if s.st_size),
        default=0.0,
    )
    for path in sorted(folder.glob(f"*-before-migration-schema-{step}{BACKUP_SUFFIX}")):
        try:
            if path.stat().st_mtime < changed:
                continue
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
                rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except (OSError, sqlite3.Error):
            continue
        if [row[0] for row in rows] == (revision or "").split("+"):
            return path
    return None


def create_fresh(engine: Engine) -> SchemaStatus:
    """Build a new, empty database at head in one step: the models' tables, the shipped
    catalogues, and the head revision stamped (Alembic's "create from scratch" recipe).

    Running every migration instead costs ~1 s on an old PC; tests/test_fresh_schema.py
    checks both ways give the same schema and catalogue rows.
    """
    import db.models  # noqa: F401  (registers every table)
    from db.base import Base
    from db.catalogue import seed_catalogues

    heads = _heads_from_files()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            from db.base import postgres_partial_indexes

            postgres_partial_indexes(Base.metadata)
        Base.metadata.create_all(connection)
        seed_catalogues(connection)
        version = sa.Table(
            "alembic_version",
            sa.MetaData(),
            sa.Column("version_num", sa.String(32), nullable=False),
            sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
        )
        version.create(connection)
        connection.execute(version.insert(), [{"version_num": head} for head in heads])
    return SchemaStatus(current="+".join(heads), head="+".join(heads))


def _heads_from_files() -> list[str]:
    graph = revision_graph()
    parents = {p for ps in graph.values() for p in ps}
    return sorted(set(graph) - parents)


def run_alembic(engine: Engine, direction: str, target: str) -> None:
    """Upgrade or downgrade in one transaction.

    On SQLite, foreign keys are switched off for the run (batch mode recreates tables;
    with them on, dropping a parent table would cascade into its children) and checked
    with ``PRAGMA foreign_key_check`` before the commit; an explicit BEGIN makes the DDL
    part of the transaction, so a failure leaves the previous schema whole.
    """
    from alembic import command

    config = alembic_config()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if is_sqlite:
                    connection.exec_driver_sql("BEGIN")
                config.attributes["connection"] = connection
                getattr(command, direction)(config, target)
                if is_sqlite:
                    _check_foreign_keys(connection)
        finally:
            if is_sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def _check_foreign_keys(connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise ForeignKeyViolation(f"{len(broken)} rows point at nothing, e.g. {broken[:3]}")
