"""Online backups of the SQLite database (sqlite3 backup API, never a file copy)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.errors import BackupFailure

BACKUP_SUFFIX = ".perekhod-backup"
REQUIRED_TABLES = {"alembic_version"}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int


def backup_name(reason: str, revision: str | None, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    schema = f"-schema-{revision}" if revision else ""
    return f"perekhod-{moment}-{reason}{schema}{BACKUP_SUFFIX}"


def online_backup(database: Path, target: Path) -> Path:
    """Copy a live database into ``target`` page by page, consistent even under writers."""
    if target.suffix != BACKUP_SUFFIX:
        raise BackupFailure("bad_name", target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with (
            contextlib.closing(sqlite3.connect(database)) as source,
            contextlib.closing(sqlite3.connect(partial)) as dest,
        ):
            source.backup(dest)
            # The backup file must stand alone: no WAL beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
        _fsync(partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as err:
        partial.unlink(missing_ok=True)
        raise BackupFailure("failed", target, err) from err
    return target


def check_backup(path: Path) -> str | None:
    """Refuse a file that is missing, damaged or not a Perekhod database; return its schema."""
    if not path.is_file():
        raise BackupFailure("not_found", path)
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise BackupFailure("damaged", path, result)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables >= REQUIRED_TABLES:
                raise BackupFailure("no_tables", path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as err:
        raise BackupFailure("damaged", path, err) from err
    return row[0] if row else None


def restore_into(backup: Path, database: Path) -> None:
    """Overwrite the live database with the backup's pages (online, WAL-safe)."""
    check_backup(backup)
    try:
        uri = f"{backup.resolve().as_uri()}?mode=ro"
        with (
            contextlib.closing(sqlite3.connect(uri, uri=True)) as source,
            contextlib.closing(sqlite3.connect(database)) as dest,
        ):
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as err:
        raise BackupFailure("failed", database, err) from err


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        stat = path.stat()
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())
