"""db/ raises facts (``db.errors``); this module words them in Russian for the user."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import texts
from app.errors import BackupError, DatabaseVersionError, InstallationError, PerekhodError
from app.files import os_reason
from db.errors import (
    BackupFailure,
    DatabaseUnusable,
    DiskFull,
    ReadOnlyMedium,
    SchemaTooNewError,
    StoreError,
    is_disk_full,
    is_read_only,
)

_UNUSABLE = {
    "missing": texts.DB_MISSING,
    "empty": texts.DB_EMPTY,
    "not_sqlite": texts.DB_NOT_SQLITE,
    "damaged": texts.DB_DAMAGED,
    "foreign": texts.DB_FOREIGN,
}
log = logging.getLogger(__name__)
_KINDS = {"school": texts.MODE_SCHOOL, "municipality": texts.MODE_MUNICIPALITY}


def worded(err: StoreError) -> PerekhodError:
    """The Russian error for a storage-layer failure."""
    if isinstance(err, SchemaTooNewError):
        return DatabaseVersionError(texts.DB_NEWER.format(revision=_short(err.revision)))
    if isinstance(err, DiskFull):
        return PerekhodError(texts.DISK_FULL.format(path=_where(err.path)))
    if isinstance(err, ReadOnlyMedium):
        return PerekhodError(read_only_message(err.path))
    if isinstance(err, BackupFailure):
        return BackupError(_backup_message(err))
    if isinstance(err, DatabaseUnusable):
        # A database SQLite could not even open for reading: the disk had no room for its
        # shared-memory file, or is write-protected. The file itself is fine.
        message = storage_message(err.detail, err.path) if err.problem == "damaged" else None
        if message is not None:
            return PerekhodError(message)
        return InstallationError(_UNUSABLE[err.problem].format(path=err.path))
    log.warning("storage error worded generically", exc_info=err)
    return PerekhodError(texts.STORE_FAILED.format(reason=texts.STORE_REASON_OTHER))


def disk_full_message(path: object) -> str:
    """«Недостаточно места на диске …» for a write that failed on a full disk."""
    return texts.DISK_FULL.format(path=_where(path))


def read_only_message(path: object) -> str:
    """«Диск защищён от записи …» for a write that failed on a write-protected disk."""
    return texts.READ_ONLY_DISK.format(path=_where(path))


def storage_message(err: object, path: object = None) -> str | None:
    """The one Russian line for a write that failed because the disk is full or
    write-protected (``err`` or anything it wraps says so), else None.

    ``path``: the file being written when the error does not name one (SQLite's don't).
    """
    if not isinstance(err, BaseException):
        return None
    where = _file_named(err) or path
    if is_disk_full(err, where):
        return disk_full_message(where)
    if is_read_only(err, where):
        return read_only_message(where)
    return None


def is_storage_message(message: str) -> bool:
    """Whether ``message`` already says the disk is full or write-protected."""
    starts = (texts.DISK_FULL, texts.DISK_FULL_FILE, texts.READ_ONLY_DISK)
    return any(message.startswith(text.split("(")[0]) for text in starts)


def file_write_error(path: Path, err: BaseException) -> PerekhodError:
    """The Russian error for a file (an export, a report, state.json) that could not be
    written at ``path``: a full disk, a write-protected one, no access, or the OS's reason."""
    if is_disk_full(err, path):
        return PerekhodError(texts.DISK_FULL_FILE.format(path=_where(path), name=path.name))
    if is_read_only(err, path):
        return PerekhodError(texts.READ_ONLY_DISK_FILE.format(path=_where(path), name=path.name))
    code = getattr(err, "errno", None)
    if code in (errno.EACCES, errno.EPERM) and getattr(err, "winerror", None) is None:
        return PerekhodError(texts.FOLDER_NOT_WRITABLE.format(folder=_where(path)))
    return PerekhodError(texts.FILE_WRITE_FAILED.format(path=path, reason=_reason(err)))


def _reason(err: object) -> str:
    """An OS error's reason in Russian; anything else is logged and not shown in English."""
    if isinstance(err, OSError):
        return os_reason(err)
    if isinstance(err, BaseException):
        log.warning("failure worded generically", exc_info=err)
    return texts.STORE_REASON_OTHER


def _file_message(template: str, path: Path | None) -> str | None:
    return template.format(path=_where(path), name=path.name) if path is not None else None


def _file_named(err: BaseException) -> Path | None:
    """The file name an OSError in ``err``'s chain carries, if any."""
    seen: list[BaseException] = []
    current: object = err
    while isinstance(current, BaseException) and all(current is not one for one in seen):
        seen.append(current)
        if isinstance(current, OSError) and current.filename:
            return Path(os.fsdecode(current.filename))
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _where(path: object) -> str:
    return str(getattr(path, "parent", path) or "") or "?"


def _backup_message(err: BackupFailure) -> str:
    if err.problem == "bad_name":
        return texts.BACKUP_BAD_NAME
    if err.problem == "not_found":
        is_folder = err.path is not None and err.path.is_dir()
        return (texts.BACKUP_IS_FOLDER if is_folder else texts.BACKUP_NOT_FOUND).format(
            path=err.path
        )
    if err.problem == "no_tables":
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=texts.BACKUP_NO_TABLES)
    if err.problem == "damaged":
        not_sqlite = "not a database" in str(err.detail)
        reason = texts.BACKUP_NOT_SQLITE if not_sqlite else texts.BACKUP_BROKEN
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=reason)
    reason = {
        "no_version": texts.BACKUP_NO_VERSION,
        "schema_differs": texts.BACKUP_SCHEMA_DIFFERS,
        "extra_objects": texts.BACKUP_EXTRA_OBJECTS,
        "no_organisation": texts.BACKUP_NO_ORGANISATION,
    }.get(err.problem)
    if reason is not None:
        reason = reason.format(name=_short(err.detail), revision=_short(err.revision))
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=reason)
    if err.problem == "wrong_kind":
        return texts.BACKUP_WRONG_KIND.format(
            path=err.path, theirs=_KINDS.get(str(err.detail), err.detail), ours=_other(err.detail)
        )
    if err.problem == "disk_full" or is_disk_full(err.detail, err.path):
        return _file_message(texts.DISK_FULL_FILE, err.path) or disk_full_message(err.path)
    if err.problem == "read_only":
        return _file_message(texts.READ_ONLY_DISK_FILE, err.path) or read_only_message(err.path)
    return texts.BACKUP_FAILED.format(reason=_failure_reason(err.detail))


def _failure_reason(detail: object) -> str:
    if isinstance(detail, BaseException):
        return _reason(detail)
    return _one_line(detail) or texts.STORE_REASON_OTHER


def _other(kind: object) -> str:
    return texts.MODE_MUNICIPALITY if kind == "school" else texts.MODE_SCHOOL


def _one_line(detail: object) -> str:
    return " ".join(str(detail).split())


def _short(value: object, limit: int = 60) -> str:
    """A value taken from a file, fit to be quoted in one line of a message."""
    text = _one_line(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@contextmanager
def in_russian() -> Iterator[None]:
    """Re-raise any ``db.errors.StoreError`` from the block as its Russian PerekhodError."""
    try:
        yield
    except StoreError as err:
        raise worded(err) from err
