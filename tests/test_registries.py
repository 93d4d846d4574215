"""Modules loaded by name: every registered one imports, and the bundle's list has them all.

Five registries load modules from strings (PyInstaller cannot see those imports), so
build/hidden_imports.py lists them for build/perekhod.spec; tests/test_frozen.py checks
the built bundle holds each one.
"""

import ast
import sys
from importlib import import_module
from pathlib import Path

import pytest

from app.reports import context

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import hidden_imports  # noqa: E402

REGISTRIES = hidden_imports.registries()
ENTRIES = sorted({spec for specs in REGISTRIES.values() for spec in specs})
# The only places that import a module named by a string (one per registry).
REGISTRY_FILES = {
    "app/tables.py",
    "app/cli/parser.py",
    "app/demo/__init__.py",
    "app/reports/context.py",
    "ui/main_window.py",
    "ui/sections/__init__.py",
}


def test_every_registry_has_entries():
    assert len(REGISTRIES) == 5
    assert all(REGISTRIES.values()), REGISTRIES


@pytest.mark.parametrize("spec", ENTRIES)
def test_registered_module_imports(spec):
    module_name, _, attribute = spec.partition(":")
    module = import_module(module_name)
    if attribute:
        assert hasattr(module, attribute), spec


def test_hidden_imports_cover_every_registry_and_migration():
    listed = set(hidden_imports.hidden_imports())
    assert {spec.split(":")[0] for spec in ENTRIES} <= listed
    assert {"alembic.op", "alembic.context", "db.models", "sqlalchemy"} <= listed


def test_no_other_module_loads_modules_by_name():
    """A new registry must be added to build/hidden_imports.py (and to REGISTRY_FILES)."""
    users = set()
    for folder in ("app", "db", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                name = None
                if isinstance(node, ast.Call):
                    func = node.func
                    name = getattr(func, "attr", None) or getattr(func, "id", None)
                if name in {"import_module", "__import__"}:
                    users.add(path.relative_to(ROOT).as_posix())
    assert users == REGISTRY_FILES


def test_missing_report_area_is_an_error(monkeypatch):
    """A bundle without an area's report_data must fail loudly, not drop the section."""
    monkeypatch.setattr(context, "area_data_module", lambda area: f"app.{area}.no_such_module")
    with pytest.raises(ModuleNotFoundError):
        context.area_data("programme")


def test_unknown_report_area_is_an_error():
    with pytest.raises(KeyError):
        context.area_data("gardening")


def test_missing_area_fails_the_report(school, monkeypatch):
    monkeypatch.setattr(context, "area_data_module", lambda area: f"app.{area}.no_such_module")
    from app.reports.years import years_with_data

    with pytest.raises(ModuleNotFoundError):
        years_with_data(school.scope)
