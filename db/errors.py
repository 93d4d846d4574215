"""Errors of the storage layer. They carry facts, not sentences: app/ words them in Russian
(``app.store_errors``), so db/ never depends on the application's texts."""

from __future__ import annotations

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

    def __init__(self, problem: str, path: Path | None = None, detail: object = "") -> None:
        super().__init__(f"{problem}: {path} {detail}")
        self.problem = problem  # "bad_name" | "not_found" | "damaged" | "failed" | "no_tables"
        self.path = path
        self.detail = detail


class ForeignKeyViolation(StoreError):
    """A migration left rows that point at nothing; the upgrade is rolled back."""
