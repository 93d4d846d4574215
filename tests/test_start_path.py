"""The start path and the commands load only what they use (issue 17).

Each command runs in a fresh interpreter (``ui.launcher.main``, as ``perekhod`` runs it);
afterwards the child lists which heavy packages are in ``sys.modules``. Also: ``uv run``
does no per-launch bytecode compilation, ``--version`` prints only the version, the schema
check without Alembic agrees with Alembic, and state.json reads and writes as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "reportlab",
    "openpyxl",
    "pandas",
    "alembic",
    "pydantic",
    "db.models",
    "PySide6",
    "docx",  # python-docx (and lxml under it): only a report written as .docx
    "lxml",
)

PROBE = f"""
import json, sys
from ui.launcher import main
code = main(sys.argv[1:])
heavy = {HEAVY!r}
print("LOADED " + json.dumps(sorted(m for m in heavy if m in sys.modules)))
sys.exit(code)
"""


def run_probe(*args: str, env: dict | None = None) -> tuple[set[str], subprocess.CompletedProcess]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, done.stderr[-2000:]
    return set(json.loads(lines[-1].removeprefix("LOADED "))), done


def test_uv_does_not_recompile_bytecode_on_every_run():
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert not settings.get("tool", {}).get("uv", {}).get("compile-bytecode", False)


def test_version_prints_only_the_version_and_loads_nothing_heavy():
    loaded, done = run_probe("--version")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "perekhod 0.1.0"
    assert done.stderr == ""
    assert loaded == set()


@pytest.mark.parametrize(
    ("command", "not_wanted"),
    [
        (["backup", "--to", "{tmp}/copy.perekhod-backup"], HEAVY),
        (["migrate"], HEAVY),
        (["export-xlsx", "--table", "roadmap", "--out", "{tmp}/roadmap.xlsx"], ("reportlab",)),
        (
            ["report", "--out", "{tmp}/summary.pdf", "--year", "2024-2025"],
            ("openpyxl", "docx", "lxml"),
        ),
        (
            ["report", "--out", "{tmp}/summary.docx", "--year", "2024-2025"],
            ("openpyxl", "reportlab"),
        ),
    ],
    ids=["backup", "migrate-current", "export-xlsx", "report", "report-docx"],
)
def test_commands_do_not_import_what_they_do_not_use(demo_folder, tmp_path, command, not_wanted):
    args = [part.format(tmp=tmp_path) for part in command]
    loaded, done = run_probe(*args, "--data-dir", str(demo_folder.root))
    assert done.returncode == 0, done.stderr
    never = {"pandas", "alembic", "PySide6"}  # no command on a current schema needs these
    assert loaded & (set(not_wanted) | never) == set()


def test_gui_start_paints_home_without_models_pydantic_or_alembic(demo_folder):
    """Главная is painted (ui/smoke.py) before the ORM models or any report, workbook,
    validation or migration library is loaded."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PEREKHOD_SMOKE_EXIT": "60"}
    loaded, done = run_probe("--data-dir", str(demo_folder.root), env=env)
    assert done.returncode == 0, done.stderr
    assert "smoke-ok" in done.stdout and '"page": "section_home"' in done.stdout
    assert loaded == {"PySide6"}


def test_start_tables_match_the_models():
    import db.models  # noqa: F401  (every table)
    from db.base import Base
    from db.lean_tables import organisation, roadmap_activity

    for light in (organisation, roadmap_activity):
        model = Base.metadata.tables[light.name]
        for column in light.columns:
            assert column.name in model.c, f"{light.name}.{column.name}"
            stored = model.c[column.name].type
            assert isinstance(stored, type(column.type)) or isinstance(column.type, type(stored)), (
                f"{light.name}.{column.name}: {stored!r} vs {column.type!r}"
            )


def test_the_schema_check_without_alembic_agrees_with_alembic(tmp_path):
    import sqlalchemy as sa

    from db.engine import Database, sqlite_url
    from db.errors import SchemaTooNewError
    from db.migrate import applied_status, create_fresh, schema_status

    database = Database.at(sqlite_url(tmp_path / "fresh.sqlite"))
    try:
        create_fresh(database.engine)
        assert applied_status(database.engine) == schema_status(database.engine)
        assert not applied_status(database.engine).pending
        with database.engine.begin() as connection:
            connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(SchemaTooNewError):
            applied_status(database.engine)
    finally:
        database.dispose()

    empty = Database.at(sqlite_url(tmp_path / "empty.sqlite"))
    try:
        status = applied_status(empty.engine)
        assert status.current is None and status.pending
    finally:
        empty.dispose()


def test_state_file_round_trip_keeps_its_format(tmp_path):
    from app.state import InstallState, Mode, load_state, save_state

    organisation = uuid.UUID("8f1c2b1e-6a7d-4f43-9d4e-0a1b2c3d4e5f")
    created = datetime(2026, 11, 23, 10, 58, 15, 439464, tzinfo=UTC)
    state = InstallState(
        mode=Mode.SCHOOL,
        organisation_uuid=organisation,
        display_name="Берёзовская ОШ",
        install_uuid=uuid.UUID(int=7),
        created_at=created,
    )
    path = tmp_path / "state.json"
    save_state(path, state)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == {
        "format": 1,
        "install_uuid": "00000000-0000-0000-0000-000000000007",
        "mode": "school",
        "organisation_uuid": "8f1c2b1e-6a7d-4f43-9d4e-0a1b2c3d4e5f",
        "display_name": "Берёзовская ОШ",
        "created_at": "2026-11-23T10:58:15.439464Z",
        "last_sequence_sent": 0,
        "last_backup_at": None,
    }
    assert load_state(path) == state


def test_state_file_of_the_previous_version_still_reads(tmp_path):
    """As pydantic wrote it: hex UUIDs accepted, unknown fields ignored."""
    from app.state import Mode, load_state

    path = tmp_path / "state.json"
    path.write_text(
        json.dumps(
            {
                "mode": "municipality",
                "organisation_uuid": "8f1c2b1e6a7d4f439d4e0a1b2c3d4e5f",
                "display_name": "УО",
                "last_sequence_sent": 4,
                "last_backup_at": "2026-01-02T03:04:05Z",
                "something_newer": True,
            }
        ),
        encoding="utf-8",
    )
    state = load_state(path)
    assert state.mode is Mode.MUNICIPALITY
    assert state.organisation_uuid == uuid.UUID("8f1c2b1e-6a7d-4f43-9d4e-0a1b2c3d4e5f")
    assert state.last_sequence_sent == 4
    assert state.last_backup_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--data-dir", "D"], {"data_dir": "D"}),
        (["--data-dir=D"], {"data_dir": "D"}),
        (["--database-url", "U", "--data-dir", "D"], {"database_url": "U", "data_dir": "D"}),
        (["--data-dir"], None),
        (["--data-dir", "--version"], None),
        (["backup", "--data-dir", "D"], None),
        (["--data-dir", "D", "--help"], None),
        (["--bogus"], None),
    ],
)
def test_a_plain_window_start_is_read_without_the_full_parser(argv, expected):
    from app.cli import window_start

    found = window_start(argv)
    assert (None if found is None else vars(found)) == expected


def test_exchange_commands_work_in_a_lean_process(demo_folder, tmp_path):
    """export-package and import-package in fresh processes (where nothing else has loaded
    the models): a school's package reaches a municipality."""
    stick = tmp_path / "stick"
    stick.mkdir()
    loaded, done = run_probe(
        "export-package", "--data-dir", str(demo_folder.root), "--to", str(stick)
    )
    assert done.returncode == 0, done.stderr
    package = done.stdout.splitlines()[0]
    mun = str(tmp_path / "mun")
    _, done = run_probe("init", "municipality", "--data-dir", mun, "--name", "Отдел")
    assert done.returncode == 0, done.stderr
    loaded, done = run_probe("import-package", "--data-dir", mun, package)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].endswith(": принят")
    assert "pandas" not in loaded
