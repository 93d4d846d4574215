"""A full disk during the upgrade of a frozen database: one Russian line, the file stays
at its old revision with every row, and the upgrade goes through once space is freed.

Runs on a small tmpfs mount (CI runs as root); skipped with the reason where mounting is
not allowed. Fill levels: no room for the pre-migration backup, room for part of it, room
for the backup but not for the migration's write-ahead log, and most of that log.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.data_folder import DataFolder
from app.state import InstallState, Mode, save_state
from tests.reliability_tests.mounts import fill

FROZEN = Path(__file__).parents[1] / "fixtures" / "schemas"
DEMO_0007 = FROZEN / "0007_programme_links_demo_school.sqlite"
OLD = "0007_programme_links"
DISK_SIZE = 6 * 1024 * 1024
KIB = 1024
# Free bytes left when the upgrade starts (the database is 820 KiB; the upgrade needs its
# backup, ~820 KiB, and ~1.4 MiB of write-ahead log).
FREE_LEVELS = [64 * KIB, 400 * KIB, 1200 * KIB, 1800 * KIB]


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _install(root: Path) -> DataFolder:
    folder = DataFolder(root / "data")
    folder.create_layout()
    shutil.copy(DEMO_0007, folder.database)
    with contextlib.closing(sqlite3.connect(folder.database)) as conn:
        own = conn.execute("SELECT id, short_name FROM school WHERE is_own").fetchone()
    state = InstallState(mode=Mode.SCHOOL, organisation_uuid=uuid.UUID(own[0]), display_name=own[1])
    save_state(folder.state_file, state)
    return folder


def _dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return sorted(conn.iterdump())


def _version(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]


@pytest.mark.parametrize("free", FREE_LEVELS, ids=lambda b: f"{b // KIB}KiB-free")
def test_a_full_disk_stops_the_upgrade_cleanly(small_disk, free, capsys):
    folder = _install(small_disk)
    before = _dump(folder.database)
    filler = fill(small_disk, free)

    assert run("migrate", "--data-dir", str(folder.root)) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("Недостаточно места на диске"), lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
    assert not list(folder.backups.glob("*.part"))
    assert len(list(folder.backups.glob("*.perekhod-backup"))) <= 1

    filler.unlink()  # space is freed
    assert _version(folder.database) == [OLD]
    assert _dump(folder.database) == before

    assert run("migrate", "--data-dir", str(folder.root)) == 0
    assert "обновлена" in capsys.readouterr().out
    assert _version(folder.database) != [OLD]
    assert len(list(folder.backups.glob("*before-migration*.perekhod-backup"))) == 1
    with contextlib.closing(sqlite3.connect(folder.database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
