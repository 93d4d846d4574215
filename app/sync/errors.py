"""The one error a package is refused with: a Russian reason for the user."""

from __future__ import annotations

from app.errors import PerekhodError


class PackageRefused(PerekhodError):
    """The package cannot be accepted; ``message`` says why, in Russian."""
