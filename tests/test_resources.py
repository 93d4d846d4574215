"""One resource-path helper: the source tree from source, ``sys._MEIPASS`` when frozen."""

import sys
from pathlib import Path

from app import resources
from db import migrate
from db import resources as db_resources

ROOT = Path(__file__).resolve().parent.parent


def test_from_source_points_into_the_project():
    assert resources.resource_path("fonts", "PTF55F.ttf") == ROOT / "resources/fonts/PTF55F.ttf"
    assert resources.resource_path("fonts", "PTF55F.ttf").is_file()
    assert migrate.MIGRATIONS_DIR == ROOT / "db" / "migrations"
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert not resources.is_frozen()


def test_frozen_uses_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.is_frozen()
    assert resources.resource_path("translations", "shell_ru.qm") == (
        tmp_path / "resources" / "translations" / "shell_ru.qm"
    )
    assert db_resources.migrations_dir() == tmp_path / "db" / "migrations"


def test_no_module_looks_for_resources_beside_itself():
    """Paths built from ``__file__`` break when frozen (modules live in an archive)."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "db", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "resources.py"
        and "__file__" in path.read_text(encoding="utf-8")
        and "migrations" not in path.parts
    ]
    assert offenders == []
