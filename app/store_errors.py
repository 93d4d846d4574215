"""db/ raises facts (``db.errors``); this module words them in Russian for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app import texts
from app.errors import BackupError, DatabaseVersionError, InstallationError, PerekhodError
from db.errors import (
    BackupFailure,
    DatabaseUnusable,
    DiskFull,
    SchemaTooNewError,
    StoreError,
    is_disk_full,
)

_UNUSABLE = {
    "missing": texts.DB_MISSING,
    "empty": texts.DB_EMPTY,
    "not_sqlite": texts.DB_NOT_SQLITE,
    "damaged": texts.DB_DAMAGED,
    "foreign": texts.DB_FOREIGN,
}
_KINDS = {"school": texts.MODE_SCHOOL, "municipality": texts.MODE_MUNICIPALITY}


def worded(err: StoreError) -> PerekhodError:
    """The Russian error for a storage-layer failure."""
    if isinstance(err, SchemaTooNewError):
        return DatabaseVersionError(texts.DB_NEWER.format(revision=err.revision))
    if isinstance(err, DiskFull):
        return PerekhodError(texts.DISK_FULL.format(path=_where(err.path)))
    if isinstance(err, BackupFailure):
        return BackupError(_backup_message(err))
    if isinstance(err, DatabaseUnusable):
        return InstallationError(_UNUSABLE[err.problem].format(path=err.path))
    return PerekhodError(texts.STORE_FAILED.format(reason=err))


def disk_full_message(path: object) -> str:
    """«Недостаточно места на диске …» for a write that failed on a full disk."""
    return texts.DISK_FULL.format(path=_where(path))


def _where(path: object) -> str:
    return str(getattr(path, "parent", path) or "") or "?"


def _backup_message(err: BackupFailure) -> str:
    if err.problem == "bad_name":
        return texts.BACKUP_BAD_NAME
    if err.problem == "not_found":
        return texts.BACKUP_NOT_FOUND.format(path=err.path)
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
        reason = reason.format(name=err.detail, revision=err.revision)
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=reason)
    if err.problem == "wrong_kind":
        return texts.BACKUP_WRONG_KIND.format(
            path=err.path, theirs=_KINDS.get(str(err.detail), err.detail), ours=_other(err.detail)
        )
    if err.problem == "disk_full" or is_disk_full(err.detail):  # type: ignore[arg-type]
        return disk_full_message(err.path)
    return texts.BACKUP_FAILED.format(reason=_one_line(err.detail))


def _other(kind: object) -> str:
    return texts.MODE_MUNICIPALITY if kind == "school" else texts.MODE_SCHOOL


def _one_line(detail: object) -> str:
    return " ".join(str(detail).split())


@contextmanager
def in_russian() -> Iterator[None]:
    """Re-raise any ``db.errors.StoreError`` from the block as its Russian PerekhodError."""
    try:
        yield
    except StoreError as err:
        raise worded(err) from err
