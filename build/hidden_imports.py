"""Every module the program loads by name, for PyInstaller's ``hiddenimports``.

PyInstaller finds imports by reading the code; five registries load modules from strings
instead (kept lazy so heavy libraries stay off the start path), and Alembic loads the
migration scripts from files. A module left out of the bundle would fail only when a user
reaches it, so build/perekhod.spec takes its list from here and tests check every module
imports (tests/test_registries.py) and is inside the bundle (tests/test_frozen.py).

    uv run python build/hidden_imports.py     # print the list, one module a line
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module(spec: str) -> str:
    """ "package.module:attribute" → "package.module"."""
    return spec.split(":", 1)[0]


def registries() -> dict[str, list[str]]:
    """Each registry's "module" or "module:attribute" entries, as the code lists them."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.cli.parser import COMMAND_MODULES
    from app.demo import DEMO_SCHOOL_STEPS
    from app.reports.context import AREAS, area_data_module
    from app.tables import TABLES
    from ui.sections import MUNICIPALITY_SECTIONS, SCHOOL_SECTIONS

    sections = [s.factory for s in (*SCHOOL_SECTIONS, *MUNICIPALITY_SECTIONS) if s.factory]
    return {
        "app.tables.TABLES": sorted(TABLES.values()),
        "app.cli.parser.COMMAND_MODULES": list(COMMAND_MODULES),
        "app.demo.DEMO_SCHOOL_STEPS": list(DEMO_SCHOOL_STEPS),
        "app.reports.context.AREAS": [area_data_module(area) for area in AREAS],
        "ui.sections (main window)": sorted(set(sections)),
    }


def migration_imports() -> list[str]:
    """What Alembic's env.py and the revision files import (they ship as data files)."""
    found: set[str] = set()
    folder = ROOT / "db" / "migrations"
    for path in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                # "from alembic import op, context": submodules as well as names
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(m for m in found if _importable(m))


def _importable(name: str) -> bool:
    from importlib.util import find_spec

    try:
        return find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def hidden_imports() -> list[str]:
    """Registered modules plus the migrations' imports, sorted, no duplicates."""
    modules = {_module(spec) for entries in registries().values() for spec in entries}
    modules |= set(migration_imports())
    modules.add("alembic.runtime.migration")
    modules.add("alembic.ddl.sqlite")
    # a regional hub (--database-url): SQLAlchemy loads its dialect and psycopg its C
    # implementation by name
    modules |= {"alembic.ddl.postgresql", "sqlalchemy.dialects.postgresql.psycopg"}
    modules |= {"psycopg", "psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg"}
    return sorted(modules)


if __name__ == "__main__":
    print("\n".join(hidden_imports()))
