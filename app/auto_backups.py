"""Automatic backups: written when the data changed since the newest one, checked as a
restore would, and thinned by age (Anki's policy)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.backup_contents import backup_fingerprint, database_fingerprint
from app.backups import BackupEntry, list_backups
from app.changes import Changes, OpResult
from app.errors import PerekhodError
from app.installation import Installation
from app.progress import Progress
from app.store_errors import in_russian
from db.backup import backup_name, online_backup

log = logging.getLogger(__name__)

AUTO = "auto"  # the one reason whose files are thinned; every other backup is kept
# Thinning (Anki's policy, by age): every automatic backup of the last RECENT (at most
# RECENT_MAX of them), then the newest of each day up to DAILY, of each ISO week up to
# WEEKLY, of each month up to MONTHLY; older automatic backups are deleted.
RECENT = timedelta(days=2)
RECENT_MAX = 12
DAILY = timedelta(days=7)
WEEKLY = timedelta(weeks=4)
MONTHLY = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class AutoBackupResult:
    written: Path | None  # None: nothing changed since the last automatic backup
    deleted: tuple[Path, ...] = ()  # automatic backups thinned away


def auto_backup(installation: Installation, now: datetime | None = None) -> AutoBackupResult:
    """Anki's rotating backup: skip when the data equals the newest automatic backup,
    else write ``backups/perekhod-<time>-auto-schema-<rev>.perekhod-backup`` (backup API)
    and check it as a restore would; then thin the automatic backups (:func:`to_delete`).

    A written file that fails its check is removed and the failure raised in Russian.
    """
    if installation.is_hub:  # PostgreSQL's own backups (pg_dump) keep a hub's data
        return AutoBackupResult(None)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = installation.folder
    entries = list_backups(folder)
    newest = next((e for e in entries if e.kind == AUTO), None)
    written = None
    if newest is None or backup_fingerprint(newest.path) != database_fingerprint(installation):
        written = _write_checked(installation, now)
        entries = list_backups(folder)
    deleted = []
    for entry in to_delete(entries, now):
        try:
            entry.path.unlink()
        except OSError:  # kept for the next round; the backup itself succeeded
            log.warning("could not delete the old backup %s", entry.path, exc_info=True)
        else:
            deleted.append(entry.path)
    return AutoBackupResult(written, tuple(deleted))


def auto_backup_op(installation: Installation, progress: Progress) -> OpResult[AutoBackupResult]:
    """:func:`auto_backup` on the worker thread; the Backups page follows what it did."""
    progress.check()
    result = auto_backup(installation)
    return OpResult(result, Changes(backups=bool(result.written or result.deleted)))


def _write_checked(installation: Installation, now: datetime) -> Path:
    from db.backup import check_backup

    revision = installation.schema.current if installation.schema else None
    target = installation.folder.backups / backup_name(AUTO, revision, now)
    with in_russian():
        written = online_backup(installation.folder.database, target)
        try:
            check_backup(written, installation.mode.value)
        except BaseException:
            written.unlink(missing_ok=True)
            raise
    installation.state.last_backup_at = now
    try:
        installation.save_state()
    except (OSError, PerekhodError):  # the backup is written and checked: it succeeded
        log.warning("could not record the backup time in state.json", exc_info=True)
    return written


def to_delete(backups: Iterable[BackupEntry], now: datetime) -> list[BackupEntry]:
    """The automatic backups that thinning removes at ``now``; others are never chosen.

    Newest first: within ``RECENT`` each backup is kept (the newest ``RECENT_MAX``);
    up to ``DAILY`` old, one per calendar day; up to ``WEEKLY``, one per ISO week; up to
    ``MONTHLY``, one per month; older ones go. The one kept for a period is the newest
    in it, and a period already holding a kept backup gets no other. Days, weeks and
    months are those of ``now``'s time zone.
    """
    zone = now.tzinfo or UTC
    autos = sorted((b for b in backups if b.kind == AUTO), key=lambda b: b.created_at)
    doomed: list[BackupEntry] = []
    kept_recent = 0
    last: tuple | None = None  # (day, week, month) of the last kept backup
    for backup in reversed(autos):
        age = now - backup.created_at
        local = backup.created_at.astimezone(zone)
        periods = (local.date(), local.isocalendar()[:2], (local.year, local.month))
        if age < RECENT and kept_recent < RECENT_MAX:
            kept_recent += 1
            keep = True
        elif age < DAILY:
            keep = last is None or periods[0] != last[0]
        elif age < WEEKLY:
            keep = last is None or periods[1] != last[1]
        elif age < MONTHLY:
            keep = last is None or periods[2] != last[2]
        else:
            keep = False
        if keep:
            last = periods
        else:
            doomed.append(backup)
    return doomed
