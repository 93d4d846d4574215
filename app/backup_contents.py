"""Reading backup files as they are, writing nothing beside them: the fingerprint of
their data (and of the live database), what a backup holds, and its full check."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from app import texts
from app.errors import BackupError
from app.installation import Installation
from app.store_errors import in_russian
from db.backup import open_read_only

log = logging.getLogger(__name__)

_cache_lock = threading.Lock()
_fingerprints: dict[tuple, bytes] = {}
_contents: dict[tuple, BackupContents | None] = {}


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, as the Backups page and the wizard show it."""

    organisation: str  # the own organisation's short name
    mode: str  # "school" | "municipality"
    organisation_id: uuid.UUID
    activities: int  # roadmap activities
    events: int  # joint events
    runs: int  # self-assessments


def database_fingerprint(installation: Installation) -> bytes:
    """A digest of every row of every table of the live database (committed data)."""
    with installation.db.engine.connect() as conn:
        return _fingerprint(conn)


def backup_fingerprint(path: Path) -> bytes | None:
    """The same digest for a backup file (read only; remembered per file version)."""
    key = _file_key(path)
    if key is None:
        return None
    with _cache_lock:
        if key in _fingerprints:
            return _fingerprints[key]
    try:
        with _read_only(path) as engine, engine.connect() as conn:
            value: bytes | None = _fingerprint(conn)
    except Exception:  # unreadable: it cannot stand for the data, a new backup is due
        log.warning("could not read the backup %s", path, exc_info=True)
        value = None
    with _cache_lock:
        _fingerprints[key] = value
    return value


def _fingerprint(conn) -> bytes:
    """Order-free: per table its name, row count and the sorted digests of its rows. A
    change of any value, an added or a deleted row changes it (the database file's change
    counter does not: in WAL mode SQLite leaves it alone until a checkpoint)."""
    from sqlalchemy import inspect, literal_column, select, table

    digest = hashlib.blake2b(digest_size=32)
    for name in sorted(inspect(conn).get_table_names()):
        rows = sorted(
            hashlib.blake2b(repr(tuple(row)).encode(), digest_size=16).digest()
            for row in conn.execute(select(literal_column("*")).select_from(table(name)))
        )
        digest.update(f"{name}\0{len(rows)}\0".encode())
        digest.update(b"".join(rows))
    return digest.digest()


def backup_contents(path: Path) -> BackupContents | None:
    """The own organisation and a few counts of a backup, reading the file only; None
    for a file this version cannot read so (damaged, foreign, an older schema)."""
    key = _file_key(path)
    if key is None:
        return None
    with _cache_lock:
        if key in _contents:
            return _contents[key]
    try:
        value: BackupContents | None = _read_contents(path)
    except Exception:
        log.info("no contents for the backup %s", path, exc_info=True)
        value = None
    with _cache_lock:
        _contents[key] = value
    return value


def _read_contents(path: Path) -> BackupContents:
    from sqlalchemy import func, select

    from app.scope import own_organisation_id
    from db.engine import Database
    from db.models import Organisation
    from db.models.partnership import JointEvent
    from db.models.programme import RoadmapActivity
    from db.models.self_assessment import Run

    with _read_only(path) as engine:
        database = Database(engine)
        own = own_organisation_id(database)
        with database.reading() as session:
            organisation = session.get(Organisation, own)
            assert organisation is not None

            def count(model) -> int:
                return session.scalar(select(func.count()).select_from(model)) or 0

            return BackupContents(
                organisation.short_name or organisation.full_name,
                organisation.kind,
                own,
                count(RoadmapActivity),
                count(JointEvent),
                count(Run),
            )


def _file_key(path: Path) -> tuple | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path), stat.st_size, stat.st_mtime_ns)


@contextlib.contextmanager
def _read_only(path: Path):
    """An engine on a backup file that reads it as it is: nothing is written beside it.
    (A backup is an SQLite file whatever database the installation runs on.)"""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        "sqlite://",
        creator=lambda: open_read_only(path, check_same_thread=False),
        poolclass=NullPool,
    )
    try:
        yield engine
    finally:
        engine.dispose()


def inspect_backup(source: Path) -> BackupContents:
    """Check ``source`` completely, as a restore would, and say what it holds; refused in
    one Russian line."""
    from db.backup import check_backup

    with in_russian():
        check_backup(source)
    contents = backup_contents(source)
    if contents is None:  # checked, yet unreadable here: an older schema's own tables
        reason = texts.BACKUP_NO_ORGANISATION
        raise BackupError(texts.BACKUP_DAMAGED.format(path=source, reason=reason))
    return contents
