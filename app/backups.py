"""Backup and restore use cases over the data folder's SQLite database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import texts
from app.data_folder import DataFolder
from app.errors import BackupError, InstallationError
from app.installation import Installation, open_installation
from db.backup import BACKUP_SUFFIX, backup_name, check_backup, online_backup, restore_into
from db.migrate import ensure_known


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path


def make_backup(installation: Installation, target: Path | None = None) -> Path:
    """Write an online backup to ``target`` (default: a timestamped file in ``backups/``)."""
    if target is None:
        revision = installation.schema.current if installation.schema else None
        target = installation.folder.backups / backup_name("manual", revision)
    elif target.suffix != BACKUP_SUFFIX:
        raise BackupError(texts.BACKUP_BAD_NAME)
    written = online_backup(installation.folder.database, target)
    installation.state.last_backup_at = datetime.now(UTC)
    installation.save_state()
    return written


def restore_backup(folder: DataFolder, source: Path) -> RestoreResult:
    """Check ``source``, save the current database, then put the backup in its place."""
    if not folder.has_installation:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=folder.root))
    ensure_known(check_backup(source))
    installation = open_installation(folder, migrate=False)
    try:
        revision = installation.schema.current if installation.schema else None
        previous = online_backup(
            folder.database, folder.backups / backup_name("before-restore", revision)
        )
        installation.db.dispose()
        restore_into(source, folder.database)
        installation.migrate()
    finally:
        installation.close()
    return RestoreResult(restored_from=source, previous_saved_as=previous)
