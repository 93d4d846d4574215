"""db/ raises facts (``db.errors``); this module words them in Russian for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app import texts
from app.errors import BackupError, DatabaseVersionError, PerekhodError
from db.errors import BackupFailure, SchemaTooNewError, StoreError


def worded(err: StoreError) -> PerekhodError:
    """The Russian error for a storage-layer failure."""
    if isinstance(err, SchemaTooNewError):
        return DatabaseVersionError(texts.DB_NEWER.format(revision=err.revision))
    if isinstance(err, BackupFailure):
        return BackupError(_backup_message(err))
    return PerekhodError(texts.STORE_FAILED.format(reason=err))


def _backup_message(err: BackupFailure) -> str:
    if err.problem == "bad_name":
        return texts.BACKUP_BAD_NAME
    if err.problem == "not_found":
        return texts.BACKUP_NOT_FOUND.format(path=err.path)
    if err.problem == "no_tables":
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=texts.BACKUP_NO_TABLES)
    if err.problem == "damaged":
        return texts.BACKUP_DAMAGED.format(path=err.path, reason=err.detail)
    return texts.BACKUP_FAILED.format(reason=err.detail)


@contextmanager
def in_russian() -> Iterator[None]:
    """Re-raise any ``db.errors.StoreError`` from the block as its Russian PerekhodError."""
    try:
        yield
    except StoreError as err:
        raise worded(err) from err
