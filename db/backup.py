"""Online backups of the SQLite database (sqlite3 backup API, never a file copy), and
restores that check a file completely before it replaces anything."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.errors import BackupFailure, is_disk_full, is_read_only, on_read_only_mount

BACKUP_SUFFIX = ".perekhod-backup"
REQUIRED_TABLES = {"alembic_version"}
STAGING_SUFFIX = ".restore-part"


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
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
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
        _remove(partial)
        raise _failure(target, err) from err
    return target


def check_backup(path: Path, kind: str | None = None) -> str:
    """Refuse a file that is not a whole Perekhod database; return its schema revision.

    Checked, reading only: SQLite integrity; exactly one revision this version knows; the
    schema equal to a freshly migrated database of that revision (tables, columns, keys,
    named constraints, indexes) with no trigger or view of its own; an own organisation,
    of ``kind`` ("school" | "municipality") when given.
    """
    if not path.is_file():
        raise BackupFailure("not_found", path)
    from db.migrate import ensure_known

    try:
        with contextlib.closing(open_read_only(path)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise BackupFailure("damaged", path, result[0] if result else "")
            shape = schema_shape(conn)
            if not shape["tables"].keys() >= REQUIRED_TABLES:
                raise BackupFailure("no_tables", path)
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(rows) != 1 or not rows[0][0]:
                raise BackupFailure("no_version", path)
            revision = rows[0][0]
            ensure_known(revision)
            _compare(shape, reference_shape(revision), path, revision)
            own = own_organisation_kind(conn)
    except sqlite3.Error as err:
        raise BackupFailure("damaged", path, err) from err
    if own is None:
        raise BackupFailure("no_organisation", path, revision=revision)
    if kind is not None and own != kind:
        raise BackupFailure("wrong_kind", path, own, revision=revision)
    return revision


def stage_restore(backup: Path, database: Path, kind: str | None = None) -> tuple[Path, str]:
    """Copy ``backup`` beside ``database`` (backup API: any page size or journal mode) and
    check the copy completely; the live database is not touched.

    Returns the checked copy and its revision; :func:`install_restore` puts it in place,
    :func:`discard_staged` removes it.
    """
    if not backup.is_file():
        raise BackupFailure("not_found", backup)
    staged = database.with_name(database.name + STAGING_SUFFIX)
    _remove(staged)
    try:
        with (
            contextlib.closing(open_read_only(backup)) as source,
            contextlib.closing(sqlite3.connect(staged)) as dest,
        ):
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        _fsync(staged)
    except OSError as err:
        _remove(staged)
        raise _failure(database, err) from err
    except sqlite3.Error as err:
        _remove(staged)
        if is_disk_full(err) or on_read_only_mount(staged):
            raise _failure(database, err) from err
        raise BackupFailure("damaged", backup, err) from err
    try:
        revision = check_backup(staged, kind)
    except BackupFailure as err:
        _remove(staged)
        raise BackupFailure(err.problem, backup, err.detail, err.revision) from err
    except BaseException:
        _remove(staged)
        raise
    return staged, revision


def install_restore(staged: Path, database: Path) -> None:
    """Put a checked copy in place of ``database`` in one rename. Every connection to the
    database must be closed (engine disposed): its WAL and shared-memory files go first,
    so no old page is replayed over the restored file."""
    try:
        for extra in ("-wal", "-shm", "-journal"):
            Path(f"{database}{extra}").unlink(missing_ok=True)
        os.replace(staged, database)
        _fsync_dir(database.parent)
    except OSError as err:
        raise _failure(database, err) from err


def discard_staged(staged: Path) -> None:
    _remove(staged)


def restore_into(backup: Path, database: Path, kind: str | None = None) -> str:
    """Check ``backup`` and put it in place of ``database`` (closed); return its revision."""
    staged, revision = stage_restore(backup, database, kind)
    try:
        install_restore(staged, database)
    finally:
        discard_staged(staged)
    return revision


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        stat = path.stat()
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(found, key=lambda info: info.created_at, reverse=True)


# --- schema comparison ----------------------------------------------------------------

_CONSTRAINT = re.compile(
    r"CONSTRAINT (\w+) (CHECK \((?:[^()]|\([^()]*\))*\)|UNIQUE \([^)]*\)|"
    r"PRIMARY KEY \([^)]*\)|FOREIGN KEY\([^)]*\) REFERENCES \w+ \([^)]*\)"
    r"(?: ON DELETE \w+(?: NULL)?)?)"
)
_references: dict[str, dict] = {}
_references_lock = threading.Lock()


def schema_shape(conn: sqlite3.Connection) -> dict:
    """What a database's schema says, in a form that does not depend on how it was built
    (models or migrations): per table its columns, foreign keys and named constraints;
    the explicit indexes with their SQL; the names of triggers and views."""
    tables: dict[str, tuple] = {}
    for table, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ):
        columns = sorted(
            (name, (kind or "").upper(), bool(notnull), default, pk)
            for _cid, name, kind, notnull, default, pk in conn.execute(
                f'PRAGMA table_info("{table}")'
            )
        )
        keys = sorted(
            (row[2], row[3], row[4], row[6])
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
        )
        named = sorted((n, " ".join(body.split())) for n, body in _CONSTRAINT.findall(sql or ""))
        tables[table] = (columns, keys, named)
    indexes = {
        name: (table, " ".join(sql.split()))
        for name, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    others = {
        name: kind
        for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
        )
    }
    return {"tables": tables, "indexes": indexes, "others": others}


def reference_shape(revision: str) -> dict:
    """The schema of a database freshly migrated to ``revision`` (built once per process)."""
    with _references_lock:
        if revision not in _references:
            _references[revision] = _build_reference(revision)
        return _references[revision]


def _build_reference(revision: str) -> dict:
    from db.engine import Database, sqlite_url
    from db.migrate import run_alembic

    with tempfile.TemporaryDirectory(prefix="perekhod-schema-") as folder:
        path = Path(folder) / "reference.sqlite"
        database = Database.at(sqlite_url(path))
        try:
            run_alembic(database.engine, "upgrade", revision)
        finally:
            database.dispose()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return schema_shape(conn)


def _compare(shape: dict, reference: dict, path: Path, revision: str) -> None:
    for name, kind in sorted(shape["others"].items()):
        if reference["others"].get(name) != kind:
            raise BackupFailure("extra_objects", path, name, revision)
    tables, expected = shape["tables"], reference["tables"]
    for name in sorted(expected.keys() | tables.keys()):
        if tables.get(name) != expected.get(name):
            raise BackupFailure("schema_differs", path, name, revision)
    indexes, expected = shape["indexes"], reference["indexes"]
    for name in sorted(expected.keys() | indexes.keys()):
        if indexes.get(name) != expected.get(name):
            raise BackupFailure("schema_differs", path, name, revision)


def own_organisation(path: Path) -> tuple[str, str] | None:
    """The database file's own organisation as (id in hex, kind), read without writing."""
    try:
        with contextlib.closing(open_read_only(path)) as conn:
            return own_organisation_in(conn)
    except sqlite3.Error:
        return None


def own_organisation_kind(conn: sqlite3.Connection) -> str | None:
    """ "school" or "municipality": the kind of the database's own organisation."""
    own = own_organisation_in(conn)
    return own[1] if own else None


def own_organisation_in(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """(id in hex, kind) of the own organisation, in any released schema."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "organisation" in tables:
        row = conn.execute("SELECT id, kind FROM organisation WHERE is_own").fetchone()
        return (str(row[0]), str(row[1])) if row else None
    for kind in ("school", "municipality"):  # schemas before 0008_school_scope
        if kind in tables:
            row = conn.execute(f"SELECT id FROM {kind} WHERE is_own").fetchone()
            if row:
                return str(row[0]), kind
    return None


# --- files ----------------------------------------------------------------------------


def open_read_only(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A backup file, read as it is: nothing is created beside it (no -wal, no -shm)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)


def _failure(path: Path, err: BaseException) -> BackupFailure:
    """A write at ``path`` that failed: the disk is full, write-protected, or else."""
    if is_disk_full(err):
        return BackupFailure("disk_full", path, err)
    if is_read_only(err, path):
        return BackupFailure("read_only", path, err)
    return BackupFailure("failed", path, err)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        Path(f"{path}-journal").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
