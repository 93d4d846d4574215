"""The command line as ../shared/cli.md fixes it: output, exit codes, no tracebacks."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.data_folder import DataFolder
from app.installation import open_installation
from app.version import APP_VERSION
from db.models import MunicipalityProfile, SchoolProfile


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


def test_version_through_the_real_entry_point():
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"perekhod {APP_VERSION}"


def test_init_school_creates_the_data_folder_layout(tmp_path, capsys):
    folder = tmp_path / "d"
    assert run("init", "school", "--data-dir", str(folder), "--name", "Школа № 1") == 0
    assert (folder / "perekhod.sqlite").is_file()
    assert (folder / "keys" / "own.key").is_file()
    assert len((folder / "keys" / "own.pub").read_text().strip()) == 64
    assert (folder / "backups").is_dir() and (folder / "logs").is_dir()
    state = json.loads((folder / "state.json").read_text("utf-8"))
    assert state["mode"] == "school"
    assert state["display_name"] == "Школа № 1"
    assert sorted(p.name for p in folder.glob("*.sqlite*")) == ["perekhod.sqlite"]
    installation = open_installation(DataFolder(folder))
    with installation.db.reading() as session:
        own = session.scalars(select(SchoolProfile)).one()
        assert own.full_name == "Школа № 1" and own.id == installation.scope.school_id
    installation.close()
    assert "Установка создана" in capsys.readouterr().out


def test_init_municipality(tmp_path):
    folder = tmp_path / "m"
    assert run("init", "municipality", "--data-dir", str(folder), "--name", "Управление") == 0
    installation = open_installation(DataFolder(folder))
    with installation.db.reading() as session:
        assert session.scalars(select(MunicipalityProfile)).one().name == "Управление"
    assert installation.state.mode.value == "municipality"
    installation.close()


def test_init_refuses_an_existing_installation(tmp_path, capsys):
    folder = str(tmp_path / "d")
    assert run("init", "school", "--data-dir", folder, "--name", "А") == 0
    capsys.readouterr()
    assert run("init", "school", "--data-dir", folder, "--name", "Б") == 1
    err = capsys.readouterr().err
    assert "уже есть установка" in err and "Traceback" not in err


def test_data_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PEREKHOD_DATA_DIR", str(tmp_path / "env"))
    assert run("init", "school", "--name", "Из окружения") == 0
    assert (tmp_path / "env" / "perekhod.sqlite").is_file()


def test_demo_refuses_a_non_empty_folder(tmp_path, capsys):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "note.txt").write_text("x")
    assert run("demo", "school", "--data-dir", str(folder)) == 1
    assert "не пуста" in capsys.readouterr().err
    assert not (folder / "perekhod.sqlite").exists()


def test_demo_accepts_an_existing_empty_folder(tmp_path, capsys):
    """Every command starts logs/ in the folder first; that alone does not make it busy."""
    folder = tmp_path / "empty"
    folder.mkdir()
    assert run("demo", "school", "--data-dir", str(folder)) == 0
    assert (folder / "perekhod.sqlite").is_file()
    assert "создана" in capsys.readouterr().out


def test_usage_error_exits_2_in_russian(capsys):
    with pytest.raises(SystemExit) as exit_info:
        run("init", "school")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "ошибка в команде" in err
    assert "не указаны обязательные параметры: --name" in err


def _school_name(folder: Path) -> str:
    with sqlite3.connect(folder / "perekhod.sqlite") as conn:
        return conn.execute("SELECT short_name FROM organisation WHERE is_own").fetchone()[0]


def _rename(folder: Path, name: str) -> None:
    with sqlite3.connect(folder / "perekhod.sqlite") as conn:
        conn.execute("UPDATE organisation SET short_name = ?", (name,))


def test_backup_then_restore_brings_data_back_and_keeps_the_current(tmp_path, capsys):
    folder = tmp_path / "d"
    run("init", "school", "--data-dir", str(folder), "--name", "Первое имя")
    backup = tmp_path / "usb" / "copy.perekhod-backup"
    backup.parent.mkdir()  # a folder that does not exist is refused (tests/test_cli_errors.py)
    assert run("backup", "--data-dir", str(folder), "--to", str(backup)) == 0
    assert backup.is_file()
    _rename(folder, "Изменённое имя")
    assert run("restore", "--data-dir", str(folder), "--from", str(backup)) == 0
    assert _school_name(folder) == "Первое имя"
    saved = list((folder / "backups").glob("*before-restore*.perekhod-backup"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as conn:
        assert conn.execute("SELECT short_name FROM organisation").fetchone()[0] == "Изменённое имя"
    assert "восстановлена" in capsys.readouterr().out


def test_backup_refuses_a_wrong_extension(tmp_path, capsys):
    folder = tmp_path / "d"
    run("init", "school", "--data-dir", str(folder), "--name", "Ш")
    assert run("backup", "--data-dir", str(folder), "--to", str(tmp_path / "x.sqlite")) == 1
    assert ".perekhod-backup" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_damaged_file_and_changes_nothing(tmp_path, capsys, content):
    folder = tmp_path / "d"
    run("init", "school", "--data-dir", str(folder), "--name", "Целая")
    bad = tmp_path / "bad.perekhod-backup"
    bad.write_bytes(content)
    assert run("restore", "--data-dir", str(folder), "--from", str(bad)) == 1
    err = capsys.readouterr().err
    assert "повреждён" in err and "Traceback" not in err
    assert _school_name(folder) == "Целая"
    assert list((folder / "backups").iterdir()) == []


def test_migrate_reports_up_to_date(tmp_path, capsys):
    folder = tmp_path / "d"
    run("init", "school", "--data-dir", str(folder), "--name", "Ш")
    capsys.readouterr()
    assert run("migrate", "--data-dir", str(folder)) == 0
    assert "актуальном состоянии" in capsys.readouterr().out


def test_command_on_a_missing_installation(tmp_path, capsys):
    assert run("backup", "--data-dir", str(tmp_path / "none"), "--to", "x.perekhod-backup") == 1
    assert "нет установки" in capsys.readouterr().err


def test_unexpected_error_is_one_russian_line_and_logged(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "d"
    run("init", "school", "--data-dir", str(folder), "--name", "Ш")
    capsys.readouterr()

    def explode(*_args):
        raise ZeroDivisionError("internal detail")

    monkeypatch.setattr("app.cli.foundation.cmd_migrate", explode)
    from app.cli import parser as parser_module

    original = parser_module.build_parser

    def patched():
        built = original()
        built._subparsers._group_actions[0].choices["migrate"].set_defaults(handler=explode)
        return built

    monkeypatch.setattr("app.cli.build_parser", patched)
    assert run("migrate", "--data-dir", str(folder)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Непредвиденная ошибка")
    log_text = (folder / "logs" / "perekhod.log").read_text("utf-8")
    assert "internal detail" in log_text and "Traceback" in log_text


def test_demo_school_builds_a_complete_installation(demo_folder: DataFolder):
    assert demo_folder.has_installation
    state = json.loads(demo_folder.state_file.read_text("utf-8"))
    assert state["display_name"] == "Берёзовская ОШ"


def test_database_url_of_an_unknown_server_is_refused_clearly(tmp_path, capsys):
    assert run("--database-url", "postgresql://x.invalid/y", "migrate") == 1
    err = capsys.readouterr().err
    assert "Не удалось подключиться к базе PostgreSQL (postgresql+psycopg://x.invalid/y)" in err
