"""Where the files shipped with the program are: the source tree, or the frozen bundle.

From source the root is the project folder (``resources/``, ``db/migrations/`` inside it);
in a PyInstaller bundle it is ``sys._MEIPASS`` (``_internal/`` of the one-folder bundle),
where build/perekhod.spec puts the same folders under the same names. Every lookup of a
shipped file goes through here (app/ re-exports it as :mod:`app.resources`), so a frozen
app never looks next to a ``.pyc`` that is not there.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``db/migrations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS")


def resource_path(*parts: str) -> Path:
    """``resources/<parts…>`` of the running program (it need not exist)."""
    return bundle_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """Alembic's script folder (``env.py``, ``versions/``), shipped as data when frozen."""
    return bundle_root() / "db" / "migrations"
