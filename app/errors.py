"""Typed errors of the domain. Each carries a Russian message ready for the user."""

from __future__ import annotations


class PerekhodError(Exception):
    """Base of every error the user may see; ``str(err)`` is a Russian sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(PerekhodError):
    """Input that does not satisfy the rules of a form, import or command."""


class NotFoundError(PerekhodError):
    """A record the operation needs does not exist."""


class InstallationError(PerekhodError):
    """The data folder is missing, occupied, or not what the command expects."""


class DatabaseVersionError(PerekhodError):
    """The database was written by a newer version of the application."""


class BackupError(PerekhodError):
    """A backup could not be made, read or restored."""


class ConflictError(PerekhodError):
    """A record changed or removed by someone else since it was read (another PC of a hub)."""


class ReadOnlyError(PerekhodError):
    """A change asked of data this installation only views (an imported school)."""


class CancelledError(PerekhodError):
    """Long work stopped at the user's request."""

    def __init__(self, message: str = "Операция отменена.") -> None:
        super().__init__(message)
