"""Restore checks the whole file before it replaces anything.

Hostile restore files — a missing table, a planted trigger, a view, another mode's
backup, an empty version row, an extra column or index, random bytes, a truncated file —
are each refused with one Russian line, and the live database is byte-for-byte and row-
for-row what it was; a backup with another page size or journal mode restores fine.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.data_folder import DataFolder
from app.installation import open_installation
from app.profile import own_school

SUFFIX = ".perekhod-backup"


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, Path]:
    """A school's and a municipality's good backups, made through the CLI."""
    root = tmp_path_factory.mktemp("originals")
    made = {}
    for mode, name in (("school", "Исходная школа"), ("municipality", "Управление")):
        folder = root / mode
        assert run("init", mode, "--data-dir", str(folder), "--name", name) == 0
        made[mode] = root / f"{mode}{SUFFIX}"
        assert run("backup", "--data-dir", str(folder), "--to", str(made[mode])) == 0
    return made


def _installation_of(backup: Path, folder: Path) -> DataFolder:
    """A live installation of the organisation ``backup`` was made of (a restore of another
    organisation's backup is refused): the backup itself, opened and upgraded."""
    from app.keys import generate_key_pair
    from app.state import InstallState, Mode, save_state
    from db.backup import own_organisation

    own_id, kind = own_organisation(backup)
    data = DataFolder(folder)
    data.create_layout()
    generate_key_pair(data.keys)
    shutil.copy(backup, data.database)
    state = InstallState(mode=Mode(kind), organisation_uuid=uuid.UUID(own_id), display_name="Ш")
    save_state(data.state_file, state)
    open_installation(data).close()
    return data


@pytest.fixture
def live(tmp_path, capsys) -> DataFolder:
    folder = tmp_path / "live"
    assert run("init", "school", "--data-dir", str(folder), "--name", "Живая школа") == 0
    capsys.readouterr()
    return DataFolder(folder)


def _edit(source: Path, target: Path, *statements: str) -> Path:
    shutil.copy(source, target)
    with contextlib.closing(sqlite3.connect(target)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return target


def _bytes(data: bytes) -> Callable[[Path, Path], Path]:
    def make(_good: Path, target: Path) -> Path:
        target.write_bytes(data)
        return target

    return make


HOSTILE: dict[str, tuple[Callable[[dict, Path], Path], str]] = {
    "another_school": (
        lambda o, t: shutil.copy(o["school"], t) and t,
        "данные другой организации",
    ),
    "missing_school_table": (
        lambda o, t: _edit(o["school"], t, "DROP TABLE organisation"),
        "«organisation» не совпадает со схемой",
    ),
    "planted_trigger": (
        lambda o, t: _edit(
            o["school"],
            t,
            "CREATE TRIGGER wipe AFTER INSERT ON roadmap_activity "
            "BEGIN DELETE FROM roadmap_activity; END",
        ),
        "посторонний объект «wipe»",
    ),
    "view": (
        lambda o, t: _edit(o["school"], t, "CREATE VIEW everything AS SELECT * FROM organisation"),
        "посторонний объект «everything»",
    ),
    "extra_column": (
        lambda o, t: _edit(o["school"], t, "ALTER TABLE organisation ADD COLUMN note TEXT"),
        "«organisation» не совпадает со схемой",
    ),
    "extra_index": (
        lambda o, t: _edit(o["school"], t, "CREATE INDEX ix_sneaky ON organisation (email)"),
        "«ix_sneaky» не совпадает со схемой",
    ),
    "municipality_into_school": (
        lambda o, t: shutil.copy(o["municipality"], t) and t,
        "режима «муниципалитет»",
    ),
    "empty_version_row": (
        lambda o, t: _edit(o["school"], t, "DELETE FROM alembic_version"),
        "не указана версия схемы",
    ),
    "blank_version": (
        lambda o, t: _edit(o["school"], t, "UPDATE alembic_version SET version_num = ''"),
        "не указана версия схемы",
    ),
    "two_versions": (
        lambda o, t: _edit(
            o["school"], t, "INSERT INTO alembic_version VALUES ('0007_programme_links')"
        ),
        "не указана версия схемы",
    ),
    "no_version_table": (
        lambda o, t: _edit(o["school"], t, "DROP TABLE alembic_version"),
        "нет таблиц программы",
    ),
    "no_own_organisation": (
        lambda o, t: _edit(o["school"], t, "UPDATE organisation SET is_own = 0"),
        "нет данных организации",
    ),
    "newer_version": (
        lambda o, t: _edit(o["school"], t, "UPDATE alembic_version SET version_num = '9999_x'"),
        "более новой версией",
    ),
    "random_bytes": (
        lambda o, t: _bytes(random.Random(15).randbytes(64 * 1024))(o, t),
        "повреждён или не является резервной копией",
    ),
    "empty_file": (_bytes(b""), "повреждён или не является резервной копией"),
    "truncated": (
        lambda o, t: _bytes(o["school"].read_bytes()[: o["school"].stat().st_size // 2])(o, t),
        "повреждён или не является резервной копией",
    ),
    "sqlite_header_then_garbage": (
        lambda o, t: _bytes(o["school"].read_bytes()[:100] + b"\x00" * 8000)(o, t),
        "повреждён или не является резервной копией",
    ),
    "missing_file": (lambda o, t: t, "не найден"),
}


def _state(folder: DataFolder) -> tuple[str, list[str], list[str]]:
    with contextlib.closing(sqlite3.connect(folder.database)) as conn:
        dump = sorted(conn.iterdump())
    digest = hashlib.sha256(folder.database.read_bytes()).hexdigest()
    files = sorted(
        str(p.relative_to(folder.root))
        for p in folder.root.rglob("*")
        if p.is_file() and p.parent != folder.logs  # the CLI's log is no change of data
    )
    return digest, dump, files


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_restore_file_is_refused_before_anything_changes(
    case, originals, live, tmp_path, capsys
):
    make, expected = HOSTILE[case]
    hostile = make(originals, tmp_path / f"{case}{SUFFIX}")
    before = _state(live)
    assert run("restore", "--data-dir", str(live.root), "--from", str(hostile)) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _state(live) == before  # same bytes, same rows, no file added or left behind
    installation = open_installation(live)
    try:
        assert own_school(installation).short_name == "Живая школа"
    finally:
        installation.close()


@pytest.mark.parametrize("page_size", [1024, 8192, 65536])
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_page_size_or_journal_mode_restores(
    page_size, journal, originals, tmp_path, capsys
):
    live = _installation_of(originals["school"], tmp_path / "live")
    other = tmp_path / f"other{SUFFIX}"
    shutil.copy(originals["school"], other)
    with contextlib.closing(sqlite3.connect(other)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA page_size={page_size}")
        conn.execute("VACUUM")
        conn.execute(f"PRAGMA journal_mode={journal}")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == page_size
    for extra in ("-wal", "-shm"):
        Path(f"{other}{extra}").unlink(missing_ok=True)
    assert run("restore", "--data-dir", str(live.root), "--from", str(other)) == 0
    assert "восстановлена" in capsys.readouterr().out
    installation = open_installation(live)
    try:
        assert own_school(installation).short_name == "Исходная школа"
    finally:
        installation.close()
    assert not list(live.root.glob("*.restore-part*"))
    saved = list(live.backups.glob("*before-restore*" + SUFFIX))
    assert len(saved) == 1


def test_a_backup_made_before_a_migration_restores_and_is_upgraded(tmp_path, capsys):
    """A backup of an older released schema is checked against that schema, then migrated."""
    frozen = Path(__file__).parent / "fixtures" / "schemas" / "0007_programme_links.sqlite"
    old = tmp_path / f"old{SUFFIX}"
    shutil.copy(frozen, old)
    live = _installation_of(old, tmp_path / "live")
    assert run("restore", "--data-dir", str(live.root), "--from", str(old)) == 0
    capsys.readouterr()
    installation = open_installation(live, migrate=False)
    try:
        assert not installation.schema.pending
    finally:
        installation.close()


def test_the_staged_copy_is_removed_when_the_check_fails(originals, live, tmp_path):
    hostile = _edit(originals["school"], tmp_path / f"t{SUFFIX}", "CREATE VIEW v AS SELECT 1")
    run("restore", "--data-dir", str(live.root), "--from", str(hostile))
    assert sorted(os.listdir(live.root)) == sorted(
        p for p in os.listdir(live.root) if ".restore-part" not in p
    )
