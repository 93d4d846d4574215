"""A write-protected disk under every command that writes: one Russian line «Диск защищён
от записи …» (exit code 1), no traceback or «Logging error», nothing left behind, the
database unchanged; once the protection is lifted the same command succeeds.

A read-only stick is a tmpfs mounted ``-o ro``; a read-only data folder is a tmpfs
remounted ``-o remount,ro`` (CI runs as root; elsewhere skipped with the reason).
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
    leftovers,
    quiet_logs,
    refused,
    remount,
    run,
    tmpfs,
)

__all__ = ["quiet_logs"]  # a fixture used by name

READ_ONLY = "Диск защищён от записи"


@pytest.fixture(autouse=True)
def _logs(quiet_logs):
    yield


@pytest.fixture
def locked_stick(tmp_path: Path):
    with tmpfs(tmp_path / "stick", 2048 * KIB, read_only=True) as mount:
        yield mount


@pytest.fixture
def data_disk(tmp_path: Path):
    with tmpfs(tmp_path / "disk", 8192 * KIB) as mount:
        yield mount


def _command(kind: str, folder: DataFolder, out: Path) -> list[str]:
    common = ["--data-dir", str(folder.root)]
    if kind == "backup":
        return ["backup", *common, "--to", str(out)]
    if kind == "export-xlsx":
        return ["export-xlsx", *common, "--table", "events", "--out", str(out)]
    return ["report", *common, "--kind", "summary", "--out", str(out)]


STICK_CASES = [
    ("backup", "copy.perekhod-backup"),
    ("export-xlsx", "events.xlsx"),
    ("report", "summary.pdf"),
]


@pytest.mark.parametrize(("kind", "name"), STICK_CASES, ids=[n for _k, n in STICK_CASES])
def test_writing_onto_a_write_protected_stick(locked_stick, demo_folder, kind, name, capsys):
    before = dump(demo_folder.database)
    state_before = demo_folder.state_file.read_bytes()
    out = locked_stick / name

    line = refused(run(*_command(kind, demo_folder, out)), capsys.readouterr(), READ_ONLY)
    assert str(locked_stick) in line
    assert list(locked_stick.iterdir()) == []
    assert leftovers(demo_folder.root) == []
    assert dump(demo_folder.database) == before
    assert demo_folder.state_file.read_bytes() == state_before

    remount(locked_stick, read_only=False)  # the protection is lifted
    assert run(*_command(kind, demo_folder, out)) == 0
    assert capsys.readouterr().err == ""
    assert out.stat().st_size > 0
    if kind == "backup":
        check_backup(out, "school")


@pytest.mark.parametrize(
    ("kind", "name"),
    [("backup", "new folder/copy.perekhod-backup"), ("export-xlsx", "new folder/events.xlsx")],
)
def test_a_new_folder_on_a_stick_is_refused_not_made(locked_stick, demo_folder, kind, name, capsys):
    """A folder that does not exist is a mistyped path: refused before the stick is tried."""
    out = locked_stick / name
    line = refused(run(*_command(kind, demo_folder, out)), capsys.readouterr(), "Папка ")
    assert line.endswith("new folder не существует: создайте её или укажите другую папку.")
    assert list(locked_stick.iterdir()) == []


def test_a_write_protected_stick_as_the_gui_sees_it(locked_stick):
    from app.excel.writer import Column, write_table

    with pytest.raises(PerekhodError) as err:
        write_table(locked_stick / "t.xlsx", "Лист", [Column("А", str)], range(10))
    assert err.value.message.startswith(READ_ONLY)


def test_an_import_into_a_write_protected_data_folder(data_disk, demo_template, tmp_path, capsys):
    shutil.copytree(demo_template.root, data_disk / "data")
    folder = DataFolder(data_disk / "data")
    table = tmp_path / "events.xlsx"
    args = ["--data-dir", str(folder.root), "--table", "events"]
    assert run("export-xlsx", *args, "--out", str(table)) == 0
    capsys.readouterr()
    workbook = openpyxl.load_workbook(table)
    workbook.active.cell(row=2, column=5).value = "Тема изменена на защищённом диске"
    workbook.save(table)
    before = dump(folder.database)
    remount(data_disk, read_only=True)

    refused(run("import-xlsx", *args, str(table)), capsys.readouterr(), READ_ONLY)

    remount(data_disk, read_only=False)
    assert dump(folder.database) == before
    assert leftovers(data_disk) == []
    assert run("import-xlsx", *args, str(table)) == 0
    assert "обновлено 1" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["init", "demo"])
def test_a_new_installation_on_a_write_protected_disk(data_disk, command, capsys):
    target = data_disk / "new"
    remount(data_disk, read_only=True)
    args = ["init", "school", "--name", "Школа"] if command == "init" else ["demo", "school"]

    refused(run(*args, "--data-dir", str(target)), capsys.readouterr(), READ_ONLY)

    remount(data_disk, read_only=False)
    assert not target.exists()  # nothing half-made
    assert run(*args, "--data-dir", str(target)) == 0


def test_state_json_on_a_write_protected_disk(data_disk, demo_template):
    shutil.copytree(demo_template.root, data_disk / "data")
    folder = DataFolder(data_disk / "data")
    state = load_state(folder.state_file)
    before = folder.state_file.read_bytes()
    state.display_name = "Другое название"
    remount(data_disk, read_only=True)

    with pytest.raises(InstallationError) as err:
        save_state(folder.state_file, state)
    assert err.value.message.startswith(READ_ONLY)

    remount(data_disk, read_only=False)
    assert folder.state_file.read_bytes() == before
    assert leftovers(data_disk) == []
    save_state(folder.state_file, state)
    assert load_state(folder.state_file).display_name == "Другое название"
