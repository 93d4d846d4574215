"""The data folder's layout (../shared/cli.md): one place that names every file in it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "PEREKHOD_DATA_DIR"
DATABASE_NAME = "perekhod.sqlite"


@dataclass(frozen=True, slots=True)
class DataFolder:
    root: Path
    # ``--database-url``: this run's hub database (PostgreSQL) instead of perekhod.sqlite;
    # without it, a URL remembered in state.json (Настройки) is used.
    database_url: str | None = None

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def state_file(self) -> Path:
        return self.root / "state.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def has_installation(self) -> bool:
        return self.state_file.is_file()

    def is_empty(self) -> bool:
        """Nothing in the folder but, at most, the log folder every command starts."""
        if not self.root.exists():
            return True
        return all(entry == self.logs and entry.is_dir() for entry in self.root.iterdir())

    def misplaced(self) -> Path | None:
        """A file standing where the layout wants a folder (``keys``, ``backups``, ``logs``)."""
        for folder in (self.keys, self.backups, self.logs):
            if folder.exists() and not folder.is_dir():
                return folder
        return None

    def create_layout(self) -> None:
        from app import texts
        from app.errors import InstallationError

        wrong = self.misplaced()
        if wrong is not None:
            raise InstallationError(texts.NOT_A_FOLDER.format(path=wrong, name=wrong.name))
        for folder in (self.root, self.keys, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def resolve(
    explicit: str | os.PathLike[str] | None, default: Callable[[], Path] | None
) -> DataFolder:
    """``--data-dir`` wins, then ``PEREKHOD_DATA_DIR``, then the platform default.

    ``default`` is called only when needed: finding the platform folder loads Qt, which a
    command given ``--data-dir`` should not pay for.
    """
    chosen = explicit or os.environ.get(ENV_VAR)
    if not chosen:
        chosen = default() if default else Path.home() / ".local" / "share" / "perekhod"
    return DataFolder(Path(chosen).expanduser().absolute())


def peek_display_name(folder: DataFolder) -> str | None:
    """The organisation's short name from ``state.json`` without validating it (fast path
    for the window title before the database opens); ``None`` if unreadable."""
    import json

    try:
        value = json.loads(folder.state_file.read_text(encoding="utf-8")).get("display_name")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
