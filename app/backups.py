"""Backup and restore use cases over the data folder's SQLite database: make, list,
restore and rescue backups, and a new installation from a backup (move to another PC)."""

from __future__ import annotations

import contextlib
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import texts
from app.changes import Changes, OpResult
from app.data_folder import DataFolder
from app.errors import BackupError, InstallationError, PerekhodError
from app.installation import Installation, open_installation, remove_partial
from app.progress import Progress
from app.state import InstallState, load_state
from app.store_errors import in_russian
from db.backup import (
    BACKUP_SUFFIX,
    backup_name,
    discard_staged,
    install_restore,
    online_backup,
    open_read_only,
    stage_restore,
)
from db.backup import list_backups as _list_files
from db.errors import DatabaseUnusable, StoreError
from db.migrate import inspect_database

log = logging.getLogger(__name__)

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
    kind: str = ""  # from the file name: "auto", "manual", "before-restore", … ("" unknown)


def make_backup(installation: Installation, target: Path | None = None) -> Path:
    """Write an online backup to ``target`` (default: a timestamped file in ``backups/``)."""
    if installation.is_hub:
        raise BackupError(texts.HUB_BACKUPS)
    if target is None:
        revision = installation.schema.current if installation.schema else None
        target = installation.folder.backups / backup_name("manual", revision)
    elif target.suffix != BACKUP_SUFFIX:
        raise BackupError(texts.BACKUP_BAD_NAME)
    with in_russian():
        written = online_backup(installation.folder.database, target)
    installation.state.last_backup_at = datetime.now(UTC)
    try:
        installation.save_state()
    except (InstallationError, OSError):
        # The backup is written (maybe to another drive); a full or write-protected data
        # disk only keeps the moment of the last backup from being remembered.
        import logging

        log = logging.getLogger(__name__)
        log.warning("backup %s written; state.json not saved", written, exc_info=True)
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
    kind = match.group("reason")
    return BackupEntry(path, moment, size, _REASONS.get(kind, kind), kind)


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
    if folder.database_url or state.database_url:
        raise BackupError(texts.HUB_BACKUPS)
    with in_russian():
        staged, _revision = stage_restore(source, folder.database, state.mode.value)
    try:
        _check_same_organisation(staged, source, state)
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


def rescue_backup(folder: DataFolder) -> Path | None:
    """The newest backup that would bring the data back when the folder's database cannot
    be opened (missing, empty, damaged, foreign); ``None`` when it opens or none is good."""
    from app.installation import newest_good_backup
    from db.migrate import inspect_database

    try:
        state = load_state(folder.state_file)
        inspect_database(folder.database)
    except DatabaseUnusable:
        return newest_good_backup(folder, state.mode)
    except (PerekhodError, StoreError):
        return None
    return None


def _check_same_organisation(staged: Path, source: Path, state: InstallState) -> None:
    """A backup of another organisation would leave state.json and the data disagreeing."""
    from db.backup import own_organisation

    own = own_organisation(staged)
    if own is not None and own[0].replace("-", "") != state.organisation_uuid.hex:
        raise BackupError(texts.BACKUP_OTHER_ORGANISATION.format(path=source))


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


# --- a new installation from a backup (move to another PC) ------------------------------


def create_from_backup(folder: DataFolder, source: Path) -> Installation:
    """Create an installation in ``folder`` from a backup (a restore on a new PC).

    The backup is checked completely before anything is created. The installation keeps
    the backup's organisation (its UUID and mode go to state.json) and data, brought to
    the current schema; it gets a NEW key pair and a new installation number (a new
    sequence line). state.json is written last; on a failure the database is removed so
    the folder can be used again.
    """
    from app.keys import generate_key_pair
    from app.profile import own_municipality, own_school
    from app.scope import own_organisation_id
    from app.state import InstallState, Mode
    from db.backup import check_backup, own_organisation_kind, restore_into
    from db.engine import Database, sqlite_url

    if folder.database_url:
        raise BackupError(texts.HUB_BACKUPS)
    if folder.has_installation or folder.database.exists():
        raise InstallationError(texts.INSTALL_EXISTS.format(folder=folder.root))
    with in_russian():
        check_backup(source)
    with contextlib.closing(open_read_only(source)) as conn:
        mode = Mode(own_organisation_kind(conn))
    had_keys = folder.keys.exists()
    try:
        folder.create_layout()
    except OSError as err:
        raise InstallationError(texts.FOLDER_NOT_WRITABLE.format(folder=folder.root)) from err
    installation: Installation | None = None
    try:
        with in_russian():
            restore_into(source, folder.database, mode.value)
        placeholder = InstallState(mode=mode, organisation_uuid=uuid.UUID(int=0), display_name="")
        installation = Installation(folder, placeholder, Database.at(sqlite_url(folder.database)))
        installation.migrate()
        own = own_school if mode is Mode.SCHOOL else own_municipality
        name = own(installation).short_name
        installation.state = InstallState(
            mode=mode, organisation_uuid=own_organisation_id(installation.db), display_name=name
        )
        generate_key_pair(folder.keys)
        # state.json is written last: its presence marks a complete installation.
        installation.save_state()
    except BaseException:
        if installation is not None:
            installation.close()
        remove_partial(folder, keys=not had_keys)
        raise
    return installation
