"""app/files.py: OS errors worded in Russian in one place; where an output file may go."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.files import FileRefused, check_output_file, os_reason, refusal
from app.store_errors import file_write_error

# errno → the Russian reason a person reads (written out here, not taken from the code)
REASONS = {
    errno.ENOENT: "файл или папка не найдены",
    errno.EACCES: "нет доступа",
    errno.ENOSPC: "недостаточно места на диске",
    errno.EROFS: "диск защищён от записи",
    errno.EISDIR: "это папка, а не файл",
    errno.ENOTDIR: "в пути к файлу вместо папки стоит файл",
}


@pytest.mark.parametrize("code", sorted(REASONS))
def test_each_errno_is_worded_in_russian(code):
    err = OSError(code, os.strerror(code), "/media/usb/файл.xlsx")
    reason = os_reason(err)
    assert reason == REASONS[code]
    assert os.strerror(code) not in reason and errno.errorcode[code] not in reason


def test_an_unknown_errno_gives_its_number_only():
    assert os_reason(OSError(errno.EOWNERDEAD, "Owner died")) == (
        f"ошибка файловой системы (код {errno.EOWNERDEAD})"
    )
    assert os_reason(OSError("no code at all")) == "ошибка файловой системы (код ?)"


def test_a_file_open_in_excel_on_windows_says_so():
    err = PermissionError(errno.EACCES, "The process cannot access the file")
    err.winerror = 32  # ERROR_SHARING_VIOLATION
    assert os_reason(err) == "файл открыт в другой программе (например, в Excel): закройте его"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOENT, "Не удалось записать файл {path}: файл или папка не найдены."),
        (errno.EISDIR, "Не удалось записать файл {path}: это папка, а не файл."),
        (errno.ENOTDIR, "Не удалось записать файл {path}: в пути к файлу вместо папки стоит файл."),
        (errno.EACCES, "Нет доступа на запись в папку {folder}."),
    ],
)
def test_a_file_that_could_not_be_written(tmp_path, code, expected):
    path = tmp_path / "отчёт.xlsx"
    message = file_write_error(path, OSError(code, os.strerror(code), str(path))).message
    assert message == expected.format(path=path, folder=tmp_path)
    assert not re.search(r"\bE[A-Z]{3,}\b", message)


@pytest.mark.parametrize(
    ("problem", "error", "expected"),
    [
        ("missing", None, "Файл не найден: {path}."),
        ("folder", None, "{path} — это папка, а не файл."),
        ("link", None, "{path} — ссылка на другой файл; укажите сам файл."),
        ("not_regular", None, "{path} — не обычный файл (устройство или канал)."),
        ("unreadable", PermissionError(13, "x"), "Файл {path} не удаётся прочитать: нет доступа."),
    ],
)
def test_a_refused_file_is_worded_with_its_path(tmp_path, problem, error, expected):
    path = tmp_path / "книга.xlsx"
    assert refusal(FileRefused(problem, error), path).message == expected.format(path=path)


def test_an_output_file_in_an_existing_folder_is_fine(tmp_path):
    check_output_file(tmp_path / "Дорожная карта.XLSX", ".xlsx", "roadmap.xlsx")
    (tmp_path / "old.xlsx").write_bytes(b"")
    check_output_file(tmp_path / "old.xlsx", ".xlsx", "roadmap.xlsx")  # replaced


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("x.csv", "Имя файла x.csv должно оканчиваться на .xlsx."),
        (".xlsx", "Имя файла .xlsx должно оканчиваться на .xlsx."),
        ("нет/x.xlsx", "Папка {tmp}/нет не существует: создайте её или укажите другую папку."),
        ("файл/x.xlsx", "{tmp}/файл — это файл, а не папка: укажите другую папку."),
        ("папка", "{tmp}/папка — это папка; укажите имя файла, например {tmp}/папка/t.xlsx."),
    ],
)
def test_an_output_file_that_cannot_go_there(tmp_path, name, expected):
    (tmp_path / "файл").write_text("x")
    (tmp_path / "папка").mkdir()
    with pytest.raises(ValidationError) as refused:
        check_output_file(tmp_path / name, ".xlsx", "t.xlsx")
    assert refused.value.message == expected.format(tmp=tmp_path).replace("/", os.sep)
    assert not (tmp_path / "нет").exists()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_not_an_output_file():
    with pytest.raises(ValidationError, match="не обычный файл"):
        check_output_file(Path("/dev/null"), "ull", "x")  # any suffix it has
