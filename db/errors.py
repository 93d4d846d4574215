"""Errors of the storage layer. They carry facts, not sentences: app/ words them in Russian
(``app.store_errors``), so db/ never depends on the application's texts."""

from __future__ import annotations

import errno
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
        # "bad_name" | "not_found" | "damaged" | "failed" | "disk_full" | "no_tables"
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


class ForeignKeyViolation(StoreError):
    """A migration left rows that point at nothing; the upgrade is rolled back."""


SQLITE_FULL = 13


def is_disk_full(err: object) -> bool:
    """Whether ``err`` (or an exception it wraps) says the disk has no room left."""
    seen: set[int] = set()
    while isinstance(err, BaseException) and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(err, sqlite3.Error) and (
            getattr(err, "sqlite_errorcode", None) == SQLITE_FULL
            or "database or disk is full" in str(err)
        ):
            return True
        err = getattr(err, "orig", None) or err.__cause__ or err.__context__
    return False
