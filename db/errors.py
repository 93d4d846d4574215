"""Errors of the storage layer. They carry facts, not sentences: app/ words them in Russian
(``app.store_errors``), so db/ never depends on the application's texts."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Base of every error raised by db/."""


class InvalidAcademicYear(StoreError, ValueError):
    """Text or number that is not an academic year; ``problem`` says which rule failed."""

    def __init__(self, problem: str, value: object) -> None:
        super().__init__(f"{problem}: {value!r}")
        self.problem = problem  # "format" | "not_consecutive" | "out_of_range"
        self.value = value


class SchemaTooNewError(StoreError):
    """The database carries a schema revision this version of the application does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class BackupFailure(StoreError):
    """A backup could not be written, read or restored; ``problem`` says why."""

    def __init__(
        self,
        problem: str,
        path: Path | None = None,
        detail: object = "",
        revision: str | None = None,
    ) -> None:
        super().__init__(f"{problem}: {path} {detail}")
        # "bad_name" | "not_found" | "damaged" | "failed" | "disk_full" | "read_only"
        # (the disk of ``path`` is write-protected) | "no_tables"
        # | "no_version" (empty or several version rows) | "schema_differs" (detail: the
        # first table or index that differs from a fresh database of ``revision``)
        # | "extra_objects" (detail: a trigger or view of its own) | "no_organisation"
        # | "wrong_kind" (detail: the backup's organisation kind)
        self.problem = problem
        self.path = path
        self.detail = detail
        self.revision = revision


class DatabaseUnusable(StoreError):
    """The installation's database file cannot be opened as ours; ``problem`` says why.

    Nothing is written to such a file: the user restores a backup instead.
    """

    def __init__(self, problem: str, path: Path, detail: object = "") -> None:
        super().__init__(f"{problem}: {path} {detail}")
        self.problem = problem  # "missing" | "empty" | "not_sqlite" | "damaged" | "foreign"
        self.path = path
        self.detail = detail


class DiskFull(StoreError):
    """No room left on the disk holding ``path``; what was being written was rolled back."""

    def __init__(self, path: Path | None = None, detail: object = "") -> None:
        super().__init__(f"disk full: {path} {detail}")
        self.path = path
        self.detail = detail


class ReadOnlyMedium(StoreError):
    """The disk holding ``path`` is write-protected (a read-only mount, a locked stick)."""

    def __init__(self, path: Path | None = None, detail: object = "") -> None:
        super().__init__(f"read-only medium: {path} {detail}")
        self.path = path
        self.detail = detail


class ForeignKeyViolation(StoreError):
    """A migration left rows that point at nothing; the upgrade is rolled back."""


SQLITE_FULL = 13
SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14
SQLITE_IOERR = 10
SQLITE_IOERR_SHMSIZE = 4874  # SQLITE_IOERR | 19 << 8: the -shm file could not grow
NEARLY_FULL = 1024 * 1024
_DENIED = (errno.EACCES, errno.EPERM)


def is_disk_full(err: object, path: object = None) -> bool:
    """Whether ``err`` (or an exception it wraps) says the disk has no room left.

    SQLite reports a shared-memory file it cannot grow as an I/O error (SHMSIZE); that,
    and any SQLite I/O error while the disk of ``path`` has (almost) no room, is a full
    disk too.
    """
    for one in _chain(err):
        if isinstance(one, OSError) and one.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(one, sqlite3.Error):
            code = getattr(one, "sqlite_errorcode", None) or 0
            if code & 0xFF == SQLITE_FULL or "database or disk is full" in str(one):
                return True
            if code == SQLITE_IOERR_SHMSIZE:
                return True
            if code & 0xFF == SQLITE_IOERR and free_bytes(path) < NEARLY_FULL:
                return True
    return False


def free_bytes(path: object) -> int:
    """Bytes free for us on the disk of ``path`` (its nearest existing folder); a large
    number when that cannot be told."""
    folder = _existing(path)
    if folder is None:
        return 1 << 62
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def _chain(err: object) -> list[BaseException]:
    """``err`` and every exception it wraps (SQLAlchemy's ``orig``, cause, context)."""
    found: list[BaseException] = []
    while isinstance(err, BaseException) and all(err is not seen for seen in found):
        found.append(err)
        err = getattr(err, "orig", None) or err.__cause__ or err.__context__
    return found


def is_read_only(err: object, path: object = None) -> bool:
    """Whether ``err`` (or an exception it wraps) says the disk is write-protected.

    EROFS and SQLite's plain "attempt to write a readonly database" always are;
    "permission denied", SQLite's read-only variants (a hot journal it may not roll back)
    and "unable to open database file" are when the file's disk (the error's own file
    name, else ``path``) is mounted read-only.
    """
    for one in _chain(err):
        if isinstance(one, OSError):
            if one.errno == errno.EROFS:
                return True
            if one.errno in _DENIED and on_read_only_mount(one.filename or path):
                return True
        if isinstance(one, sqlite3.Error):
            full_code = getattr(one, "sqlite_errorcode", None) or 0
            code, text = full_code & 0xFF, str(one)
            if full_code == SQLITE_READONLY and "readonly database" in text:
                return True  # plain: the file cannot be written at all
            # A variant (a hot journal it may not roll back, a lock it cannot take) and
            # "unable to open" are the medium's doing only on a read-only mount.
            readonly = code == SQLITE_READONLY or "readonly database" in text
            cannot_open = code == SQLITE_CANTOPEN or "unable to open database" in text
            if (readonly or cannot_open) and on_read_only_mount(path):
                return True
    return False


def on_read_only_mount(path: object) -> bool:
    """Whether the file system holding ``path`` (or its nearest existing folder) is
    mounted read-only; False when that cannot be told."""
    folder = _existing(path)
    return folder is not None and bool(os.statvfs(folder).f_flag & os.ST_RDONLY)


def _existing(path: object) -> Path | None:
    """``path`` or its nearest existing parent, when statvfs can look at it."""
    if not path or not hasattr(os, "statvfs"):
        return None
    try:
        current = Path(os.fsdecode(path)).absolute()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    for folder in (current, *current.parents):
        try:
            os.statvfs(folder)
        except OSError:
            continue
        return folder
    return None
