"""app/ and db/ stay free of Qt and ui/; ui/ never talks to the database itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", ["app", "db"])
def test_core_never_imports_qt_or_ui(folder):
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "ui", "shiboken6"}
        )
        for path in python_files(folder)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_does_not_open_sessions_or_run_sql():
    forbidden_modules = {"sqlalchemy", "sqlite3", "db.engine", "db.models", "db.backup"}
    forbidden_calls = {"unit_of_work", "reading", "execute", "scalars", "scalar", "begin"}
    problems = []
    for path in python_files("ui"):
        for module in imported_modules(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden_modules):
                problems.append(f"{path.relative_to(ROOT)} imports {module}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in forbidden_calls
            ):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} calls .{node.func.attr}()")
    assert problems == []


def test_layering_check_catches_a_violation(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport ui.gui\n", encoding="utf-8")
    assert {"PySide6.QtCore", "ui.gui"} <= imported_modules(sample)


def test_db_never_imports_app():
    """Layers point one way: app/ may import db/, never the reverse."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] == "app"
        )
        for path in python_files("db")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_is_own_is_read_in_one_place():
    """One function resolves the own organisation; nothing else relies on ``is_own``."""
    readers = [
        str(path.relative_to(ROOT))
        for folder in ("app", "ui")
        for path in python_files(folder)
        if ".is_own" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["app/scope.py"]
