"""Backup and restore use cases over the data folder's SQLite database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import texts
from app.changes import Changes, OpResult
from app.data_folder import DataFolder
from app.errors import BackupError, InstallationError
from app.installation import Installation, open_installation
from app.progress import Progress
from app.state import load_state
from app.store_errors import in_russian
from db.backup import (
    BACKUP_SUFFIX,
    backup_name,
    discard_staged,
    install_restore,
    online_backup,
    stage_restore,
)
from db.backup import list_backups as _list_files
from db.errors import DatabaseUnusable
from db.migrate import inspect_database

# perekhod-20261123-194653-123456-manual-schema-0001_foundation.perekhod-backup
_NAME = re.compile(r"^perekhod-(\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+?)(?:-schema-.*)?$")
_REASONS = {
    "manual": texts.BACKUP_REASON_MANUAL,
    "before-migration": texts.BACKUP_REASON_MIGRATION,
    "before-restore": texts.BACKUP_REASON_RESTORE,
    "auto": texts.BACKUP_REASON_AUTO,
}


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    # the database it replaced: an online backup, a copy of the damaged file's bytes
    # (``previous_damaged``), or None when there was no database file
    previous_saved_as: Path | None
    previous_damaged: bool = False


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """One file in ``backups/`` as the Backups page lists it."""

    path: Path
    created_at: datetime  # aware, UTC: from the file name, else the file's time
    size: int  # bytes
    reason: str  # Russian, from the file name ("вручную", "перед восстановлением", …)


def make_backup(installation: Installation, target: Path | None = None) -> Path:
    """Write an online backup to ``target`` (default: a timestamped file in ``backups/``)."""
    if target is None:
        revision = installation.schema.current if installation.schema else None
        target = installation.folder.backups / backup_name("manual", revision)
    elif target.suffix != BACKUP_SUFFIX:
        raise BackupError(texts.BACKUP_BAD_NAME)
    with in_russian():
        written = online_backup(installation.folder.database, target)
    installation.state.last_backup_at = datetime.now(UTC)
    installation.save_state()
    return written


def backup_op(
    installation: Installation, progress: Progress, target: Path | None = None
) -> OpResult[Path]:
    """:func:`make_backup` as a worker-thread operation (the status bar follows)."""
    progress.check()
    return OpResult(make_backup(installation, target), Changes(backups=True))


def list_backups(folder: DataFolder) -> list[BackupEntry]:
    """The backups in the data folder's ``backups/``, newest first."""
    entries = [
        _entry(info.path, info.created_at, info.size) for info in _list_files(folder.backups)
    ]
    return sorted(entries, key=lambda entry: entry.created_at, reverse=True)


def _entry(path: Path, fallback: datetime, size: int) -> BackupEntry:
    """Reason and moment from the file name; a file named otherwise keeps its own time."""
    match = _NAME.match(path.name.removesuffix(BACKUP_SUFFIX))
    if match is None:
        return BackupEntry(path, fallback, size, "—")
    moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    reason = _REASONS.get(match.group("reason"), match.group("reason"))
    return BackupEntry(path, moment, size, reason)


def restore_backup(folder: DataFolder, source: Path) -> RestoreResult:
    """Check ``source`` completely, save the current database, then put the backup in its
    place in one rename.

    The backup is copied beside the database (backup API: its page size and journal mode
    do not matter) and the copy is checked — integrity, one known schema revision, a schema
    equal to a freshly migrated one with no trigger or view of its own, an own organisation
    of this installation's mode — before the live database is touched. A missing or
    damaged live database does not stand in the way: its bytes are kept in ``backups/``.
    """
    if not folder.has_installation:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=folder.root))
    state = load_state(folder.state_file)
    with in_russian():
        staged, _revision = stage_restore(source, folder.database, state.mode.value)
    try:
        previous, damaged = _save_previous(folder)
        with in_russian():
            install_restore(staged, folder.database)
    finally:
        discard_staged(staged)
    installation = open_installation(folder, migrate=False)
    try:
        installation.migrate()
        _sync_display_name(installation)
    finally:
        installation.close()
    return RestoreResult(source, previous, damaged)


def _save_previous(folder: DataFolder) -> tuple[Path | None, bool]:
    """Keep the database about to be replaced: an online backup of a sound one (its engine
    closed afterwards), the raw bytes of a damaged one, nothing for a missing one."""
    unusable: DatabaseUnusable | None = None
    with in_russian():  # a database of a newer version is refused as it is
        try:
            inspect_database(folder.database)
        except DatabaseUnusable as err:
            unusable = err
    if unusable is not None:
        if unusable.problem == "missing":
            return None, False
        target = folder.backups / backup_name("damaged", None).replace(BACKUP_SUFFIX, ".sqlite")
        with in_russian():
            _copy_bytes(folder.database, target)
        return target, True
    installation = open_installation(folder, migrate=False)
    try:
        revision = installation.schema.current if installation.schema else None
        with in_russian():
            previous = online_backup(
                folder.database, folder.backups / backup_name("before-restore", revision)
            )
    finally:
        installation.close()
    return previous, False


def _copy_bytes(source: Path, target: Path) -> None:
    import shutil

    from db.errors import BackupFailure, is_disk_full

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as err:
        target.unlink(missing_ok=True)
        problem = "disk_full" if is_disk_full(err) else "failed"
        raise BackupFailure(problem, target, err) from err


def _sync_display_name(installation: Installation) -> None:
    """The restored database may name the organisation differently: follow it."""
    from app.profile import own_municipality, own_school
    from app.state import Mode

    try:
        own = own_school if installation.mode is Mode.SCHOOL else own_municipality
        name = own(installation).short_name
    except Exception:  # a backup of the other mode or without a profile: keep the title
        return
    if name and name != installation.state.display_name:
        installation.state.display_name = name
        installation.save_state()
