"""A full disk under every command that writes: one Russian line «Недостаточно места на
диске …» (exit code 1), never «Непредвиденная ошибка», a traceback or a «Logging error»;
no ``*.part``/``*.tmp`` left behind; the database unchanged; and once space is freed the
same command succeeds.

Two disks: a small "stick" that backups, tables and reports are written to, and the data
disk itself (``small_disk`` of test_disk_full.py, 6 MiB) holding the data folder. Several
fill levels each: nothing left, a little, and room for part of the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.data_folder import DataFolder
from app.errors import InstallationError, PerekhodError
from app.state import load_state, save_state
from db.backup import check_backup
from tests.reliability_tests.mounts import (
    KIB,
    dump,
    fill,
    leftovers,
    quiet_logs,
    refused,
    run,
    tmpfs,
)
from tests.reliability_tests.test_disk_full import small_disk

__all__ = ["quiet_logs", "small_disk"]  # fixtures used by name

FULL = "Недостаточно места на диске"
STICK_SIZE = 2 * 1024 * KIB  # the demo database is ~1 MiB


@pytest.fixture(autouse=True)
def _logs(quiet_logs):
    yield


@pytest.fixture
def stick(tmp_path: Path):
    with tmpfs(tmp_path / "stick", STICK_SIZE) as mount:
        yield mount


def _data_on(disk: Path, template: DataFolder) -> DataFolder:
    shutil.copytree(template.root, disk / "data")
    return DataFolder(disk / "data")


def _edited_events(folder: DataFolder, target: Path, capsys) -> Path:
    """The events table exported, one topic changed: importing it is one real edit."""
    assert (
        run(
            "export-xlsx", "--data-dir", str(folder.root), "--table", "events", "--out", str(target)
        )
        == 0
    )
    capsys.readouterr()
    workbook = openpyxl.load_workbook(target)
    workbook.active.cell(row=2, column=5).value = "Тема изменена при заполненном диске"
    workbook.save(target)
    return target


# --- writing onto a full stick -------------------------------------------------------

STICK_CASES = [
    ("backup", "copy.perekhod-backup", 0),
    ("backup", "copy.perekhod-backup", 64 * KIB),
    ("backup", "copy.perekhod-backup", 512 * KIB),
    ("export-xlsx", "events.xlsx", 0),
    ("export-xlsx", "events.xlsx", 8 * KIB),
    ("report", "summary.pdf", 0),
    ("report", "summary.pdf", 24 * KIB),
]


def _command(kind: str, folder: DataFolder, out: Path) -> list[str]:
    common = ["--data-dir", str(folder.root)]
    if kind == "backup":
        return ["backup", *common, "--to", str(out)]
    if kind == "export-xlsx":
        return ["export-xlsx", *common, "--table", "events", "--out", str(out)]
    return ["report", *common, "--kind", "summary", "--out", str(out)]


@pytest.mark.parametrize(
    ("kind", "name", "free"),
    STICK_CASES,
    ids=[f"{kind}-{free // KIB}KiB-free" for kind, _name, free in STICK_CASES],
)
def test_writing_onto_a_full_stick(stick, demo_folder, kind, name, free, capsys):
    before = dump(demo_folder.database)
    state_before = demo_folder.state_file.read_bytes()
    filler = fill(stick, free)
    out = stick / name

    line = refused(run(*_command(kind, demo_folder, out)), capsys.readouterr(), FULL)
    assert str(stick) in line
    assert not out.exists()
    assert leftovers(stick, demo_folder.root) == []
    assert dump(demo_folder.database) == before
    assert demo_folder.state_file.read_bytes() == state_before

    filler.unlink()  # space is freed: the same command goes through
    assert run(*_command(kind, demo_folder, out)) == 0
    assert capsys.readouterr().err == ""
    assert out.stat().st_size > 0
    if kind == "backup":
        check_backup(out, "school")
    assert leftovers(stick, demo_folder.root) == []


def test_a_full_stick_as_the_gui_sees_it(stick, demo_folder):
    """The GUI's export calls the same writer: a PerekhodError with the Russian line."""
    from app.excel.writer import Column, write_table

    filler = fill(stick, 0)
    with pytest.raises(PerekhodError) as err:
        write_table(stick / "t.xlsx", "Лист", [Column("А", str)], range(2000))
    assert err.value.message.startswith(FULL)
    assert leftovers(stick) == []
    filler.unlink()
    assert write_table(stick / "t.xlsx", "Лист", [Column("А", str)], range(2000)).exists()


# --- a full data disk ----------------------------------------------------------------

DATA_LEVELS = [0, 8 * KIB, 16 * KIB]


@pytest.mark.parametrize("free", DATA_LEVELS, ids=lambda b: f"{b // KIB}KiB-free")
def test_an_import_on_a_full_data_disk(small_disk, demo_template, tmp_path, free, capsys):
    folder = _data_on(small_disk, demo_template)
    table = _edited_events(folder, tmp_path / "events.xlsx", capsys)
    before = dump(folder.database)
    filler = fill(small_disk, free)

    code = run("import-xlsx", "--data-dir", str(folder.root), "--table", "events", str(table))
    refused(code, capsys.readouterr(), FULL)
    assert leftovers(small_disk) == []

    filler.unlink()
    assert dump(folder.database) == before
    code = run("import-xlsx", "--data-dir", str(folder.root), "--table", "events", str(table))
    assert code == 0
    assert "обновлено 1" in capsys.readouterr().out
    assert dump(folder.database) != before


@pytest.mark.parametrize("free", [40 * KIB, 64 * KIB], ids=lambda b: f"{b // KIB}KiB-free")
def test_a_backup_to_another_drive_succeeds_on_a_full_data_disk(
    small_disk, demo_template, tmp_path, free, capsys
):
    """The backup is what was asked for; state.json that cannot take the backup's time
    does not turn that success into a failure."""
    folder = _data_on(small_disk, demo_template)
    fill(small_disk, free)
    target = tmp_path / "elsewhere" / "copy.perekhod-backup"
    target.parent.mkdir()  # the command makes no folder (tests/test_cli_errors.py)

    assert run("backup", "--data-dir", str(folder.root), "--to", str(target)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.startswith("Резервная копия сохранена")
    check_backup(target, "school")
    assert leftovers(small_disk, tmp_path / "elsewhere") == []
    load_state(folder.state_file)  # whole: written or left as it was


def test_make_backup_reports_success_when_state_cannot_be_saved(
    small_disk, demo_template, tmp_path
):
    from app.backups import make_backup
    from app.installation import open_installation

    folder = _data_on(small_disk, demo_template)
    state_before = folder.state_file.read_bytes()
    installation = open_installation(folder)
    try:
        with installation.db.reading() as session:  # the database is open (its -shm made)
            session.connection()
            fill(small_disk, 0)
            target = tmp_path / "copy.perekhod-backup"
            assert make_backup(installation, target) == target
    finally:
        installation.close()
    check_backup(target, "school")
    assert folder.state_file.read_bytes() == state_before
    assert leftovers(small_disk) == []


@pytest.mark.parametrize("free", [0, 4 * KIB], ids=lambda b: f"{b // KIB}KiB-free")
def test_state_json_on_a_full_disk(small_disk, demo_template, free):
    folder = _data_on(small_disk, demo_template)
    state = load_state(folder.state_file)
    before = folder.state_file.read_bytes()
    state.display_name = "Новое название " * 400  # more than the free space
    filler = fill(small_disk, free)

    with pytest.raises(InstallationError) as err:
        save_state(folder.state_file, state)
    assert err.value.message.startswith(FULL)
    assert "state.json" in err.value.message
    assert folder.state_file.read_bytes() == before
    assert leftovers(small_disk) == []

    filler.unlink()
    save_state(folder.state_file, state)
    assert load_state(folder.state_file).display_name == state.display_name


@pytest.mark.parametrize("free", [0, 64 * KIB], ids=lambda b: f"{b // KIB}KiB-free")
def test_init_on_a_full_disk(small_disk, free, capsys):
    fill(small_disk, free)
    target = small_disk / "new"
    code = run("init", "school", "--name", "Школа", "--data-dir", str(target))
    refused(code, capsys.readouterr(), FULL)
    assert leftovers(small_disk) == []
    assert not (target / "state.json").exists()


@pytest.mark.parametrize("free", [64 * KIB, 512 * KIB], ids=lambda b: f"{b // KIB}KiB-free")
def test_demo_on_a_full_disk(small_disk, free, capsys):
    filler = fill(small_disk, free)
    code = run("demo", "school", "--data-dir", str(small_disk / "demo"))
    refused(code, capsys.readouterr(), FULL)
    assert leftovers(small_disk) == []
    assert not (small_disk / "demo" / "state.json").exists()

    filler.unlink()  # the app keeps working: a demo in another folder goes through
    assert run("demo", "school", "--data-dir", str(small_disk / "again")) == 0


def test_init_again_in_the_same_folder_once_space_is_freed(small_disk, capsys):
    filler = fill(small_disk, 64 * KIB)
    target = small_disk / "new"
    assert run("init", "school", "--name", "Школа", "--data-dir", str(target)) == 1
    filler.unlink()
    capsys.readouterr()
    assert run("init", "school", "--name", "Школа", "--data-dir", str(target)) == 0


def test_logging_on_a_full_disk_prints_nothing(small_disk, capfd):
    import logging

    from app.logging_setup import configure_logging

    path = configure_logging(small_disk / "logs")
    fill(small_disk, 0)
    for number in range(2000):
        logging.getLogger("perekhod.test").error("строка журнала %d %s", number, "x" * 500)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert path.exists()
