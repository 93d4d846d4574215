"""Schema status and upgrades through Alembic, with a backup before any change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app import texts
from app.errors import DatabaseVersionError
from db.backup import backup_name, online_backup

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def schema_status(engine: Engine) -> SchemaStatus:
    """Where the database stands; refuses a revision this version does not know."""
    scripts = script_directory()
    with engine.connect() as connection:
        applied = MigrationContext.configure(connection).get_current_heads()
    for revision in applied:
        ensure_known(revision, scripts)
    current = "+".join(sorted(applied)) if applied else None
    return SchemaStatus(current=current, head="+".join(sorted(scripts.get_heads())))


def ensure_known(revision: str | None, scripts: ScriptDirectory | None = None) -> None:
    """Refuse a schema revision written by a newer version of the application."""
    scripts = scripts or script_directory()
    if revision is not None and revision not in {rev.revision for rev in scripts.walk_revisions()}:
        raise DatabaseVersionError(texts.DB_NEWER.format(revision=revision))


def upgrade(
    engine: Engine,
    backups_dir: Path | None = None,
    database_file: Path | None = None,
    on_backup: Callable[[Path], None] | None = None,
) -> SchemaStatus:
    """Bring the schema to head. An existing SQLite file is backed up online first."""
    status = schema_status(engine)
    if not status.pending:
        return status
    if not status.is_empty and backups_dir is not None and database_file is not None:
        name = backup_name("before-migration", status.current)
        written = online_backup(database_file, backups_dir / name)
        if on_backup:
            on_backup(written)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return schema_status(engine)
