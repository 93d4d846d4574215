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
from app.store_errors import in_russian
from db.backup import BACKUP_SUFFIX, backup_name, check_backup, online_backup, restore_into
from db.backup import list_backups as _list_files
from db.migrate import ensure_known

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
    previous_saved_as: Path


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
    """Check ``source``, save the current database, then put the backup in its place."""
    if not folder.has_installation:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=folder.root))
    with in_russian():
        ensure_known(check_backup(source))
    installation = open_installation(folder, migrate=False)
    try:
        revision = installation.schema.current if installation.schema else None
        with in_russian():
            previous = online_backup(
                folder.database, folder.backups / backup_name("before-restore", revision)
            )
            installation.db.dispose()
            restore_into(source, folder.database)
        installation.migrate()
        _sync_display_name(installation)
    finally:
        installation.close()
    return RestoreResult(restored_from=source, previous_saved_as=previous)


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
