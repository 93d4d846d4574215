"""Every mistake a user can make on the command line gets one exact Russian line.

Each case runs a command with bad input on a copy of the demo school and checks the exit
code (cli.md: 1 refused, 2 usage error), the Russian words of the reason, that no
exception class name, errno name or English OS text reaches the user, that no file or
folder was made, and that the database is exactly as it was.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import sqlite3
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.data_folder import DataFolder

# Latin words a message may contain besides paths: command, option, table and format names.
ALLOWED_LATIN = {
    "perekhod",
    "xlsx",
    "excel",
    "sqlite",
    "postgresql",
    "psycopg",
    "data",
    "init",
    "restore",
    "demo",
    "municipality",
    "export",
    "import",
    "package",
    "backup",
    "roadmap",
    "planned",
    "results",
    "indicators",
    "events",
    "support",
    "measures",
    "deficits",
    # municipality tables (cli.md): schools, consolidated-indicators|achievement|roadmap|…
    "schools",
    "consolidated",
    "achievement",
    "partnership",
    "self",
    "assessment",
    "resources",  # resources, resource-sufficiency
    "resource",
    "sufficiency",
    # the analytical report's tables: municipal-results|plan|school-results|roadmaps|…
    "municipal",
    "plan",
    "school",
    "roadmaps",
    "conclusions",
    "completeness",
}
ENGLISH = re.compile(
    r"Traceback|Error\b|Exception|Errno|errno|\bE[A-Z]{3,}\b|Permission denied|"
    r"No such file|not a database|Is a directory|Not a directory|Read-only file system|"
    r"No space left"
)


def run(*args: str) -> int:
    try:
        return main(list(args), default_data_dir=None, open_gui=None)
    except SystemExit as done:  # argparse's usage errors
        return int(done.code or 0)


def dump(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def english_in(message: str, tmp: Path) -> list[str]:
    """What in ``message`` is not Russian: English error text, or Latin words left after
    the test's own paths, option names, file suffixes, typed values and metavars are
    taken out."""
    found = ENGLISH.findall(message)
    text = message.replace(str(tmp), "")
    # option names, suffixes, quoted values the user typed, metavars (FILE, DIR)
    text = re.sub(r"--[a-z-]+|\.[a-z][a-z-]*|'[^']*'|«[^»]*»|\b[A-Z]+\b", " ", text)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}
    return found + sorted(words - ALLOWED_LATIN)


@pytest.fixture
def school(demo_folder: DataFolder, tmp_path: Path) -> DataFolder:
    (tmp_path / "заметка.txt").write_text("просто текст", encoding="utf-8")
    (tmp_path / "текст.xlsx").write_text("не книга", encoding="utf-8")
    (tmp_path / "папка.xlsx").mkdir()
    (tmp_path / "папка с пробелом").mkdir()
    return demo_folder


# (name, arguments with {d} = datпапка с пробелом, {t} = tmp folder, exit code, Russian fragments)
CASES = [
    (
        "xlsx-csv",
        "export-xlsx --data-dir {d} --table roadmap --out {t}/таблица.csv",
        1,
        ["должно оканчиваться на .xlsx"],
    ),
    (
        "xlsx-no-folder",
        "export-xlsx --data-dir {d} --table roadmap --out '{t}/нет такой/таблица.xlsx'",
        1,
        ["Папка", "нет такой не существует"],
    ),
    (
        "xlsx-out-folder",
        "export-xlsx --data-dir {d} --table roadmap --out '{t}/папка с пробелом'",
        1,
        ["это папка", "roadmap.xlsx"],
    ),
    (
        "xlsx-parent-file",
        "export-xlsx --data-dir {d} --table roadmap --out {t}/заметка.txt/таблица.xlsx",
        1,
        ["заметка.txt — это файл, а не папка"],
    ),
    (
        "xlsx-bad-table",
        "export-xlsx --data-dir {d} --table plan --out {t}/таблица.xlsx",
        1,
        ["Неизвестная таблица «plan»", "roadmap", "deficits"],
    ),
    (
        "xlsx-year-format",
        "export-xlsx --data-dir {d} --table roadmap --out {t}/таблица.xlsx --year 2020",
        2,
        ["ошибка в команде", "не учебный год"],
    ),
    (
        "xlsx-year-gap",
        "export-xlsx --data-dir {d} --table roadmap --out {t}/таблица.xlsx --year 2020-2022",
        2,
        ["должны идти подряд"],
    ),
    (
        "xlsx-no-out",
        "export-xlsx --data-dir {d} --table roadmap",
        2,
        ["не указаны обязательные параметры: --out"],
    ),
    (
        "import-missing",
        "import-xlsx --data-dir {d} --table roadmap {t}/пропавшая.xlsx",
        1,
        ["Файл не найден: ", "пропавшая.xlsx"],
    ),
    (
        "import-folder",
        "import-xlsx --data-dir {d} --table events {t}/папка.xlsx",
        1,
        ["папка.xlsx — это папка"],
    ),
    (
        "import-text",
        "import-xlsx --data-dir {d} --table deficits {t}/текст.xlsx",
        1,
        ["не является книгой Excel"],
    ),
    (
        "import-database",
        "import-xlsx --data-dir {d} --table indicators {d}/perekhod.sqlite",
        1,
        ["не является книгой Excel"],
    ),
    (
        "import-bad-table",
        "import-xlsx --data-dir {d} --table plan {t}/текст.xlsx",
        1,
        ["Неизвестная таблица «plan»"],
    ),
    (
        "import-no-file",
        "import-xlsx --data-dir {d} --table roadmap",
        2,
        ["не указаны обязательные параметры: FILE.xlsx"],
    ),
    (
        "backup-no-folder",
        "backup --data-dir {d} --to '{t}/нет такой/копия.perekhod-backup'",
        1,
        ["нет такой не существует"],
    ),
    (
        "backup-to-folder",
        "backup --data-dir {d} --to '{t}/папка с пробелом'",
        1,
        ["это папка", ".perekhod-backup"],
    ),
    ("backup-suffix", "backup --data-dir {d} --to {t}/копия.sqlite", 1, [".perekhod-backup"]),
    (
        "backup-no-install",
        "backup --data-dir {t}/пусто --to {t}/копия.perekhod-backup",
        1,
        ["нет установки"],
    ),
    (
        "restore-missing",
        "restore --data-dir {d} --from {t}/копия.perekhod-backup",
        1,
        ["не найден"],
    ),
    (
        "restore-folder",
        "restore --data-dir {d} --from '{t}/папка с пробелом'",
        1,
        ["это папка, а не файл резервной копии"],
    ),
    (
        "restore-text",
        "restore --data-dir {d} --from {t}/заметка.txt",
        1,
        ["повреждён или не является резервной копией"],
    ),
    ("migrate-data-file", "migrate --data-dir {t}/заметка.txt", 1, ["это файл, а не папка данных"]),
    ("migrate-none", "migrate --data-dir {t}/пусто", 1, ["нет установки"]),
    ("init-existing", "init school --data-dir {d} --name Школа", 1, ["уже есть установка"]),
    (
        "init-bad-mode",
        "init gymnasium --data-dir {t}/новая --name Школа",
        2,
        ["недопустимое значение 'gymnasium'"],
    ),
    ("demo-busy", "demo school --data-dir {d}", 1, ["не пуста"]),
    ("demo-municipality-busy", "demo municipality --data-dir {d}", 1, ["не пуста"]),
    (
        "demo-municipality-no-schools",
        "demo municipality --data-dir {t}/район --schools 0",
        2,
        ["число школ — целое от 1 до 200"],
    ),
    ("export-package", "export-package --data-dir {d} --to {t}/нет", 1, ["не существует"]),
    ("import-key", "import-key --data-dir {d} {t}/ключ", 1, ["Файл не найден"]),
    (
        "database-url",
        "--database-url postgresql://h.invalid/db migrate",
        1,
        ["Не удалось подключиться к базе PostgreSQL", "сервер с таким именем не найден"],
    ),
    (
        "database-url-scheme",
        "--database-url mysql://h/db migrate",
        1,
        ["нужен адрес PostgreSQL вида"],
    ),
    ("unknown-command", "frobnicate", 2, ["недопустимое значение 'frobnicate'"]),
    ("unknown-option", "migrate --data-dir {d} --force", 2, ["неизвестные параметры: --force"]),
    (
        "report-kind",
        "report --data-dir {d} --out {t}/отчёт.pdf --kind annual",
        2,
        ["недопустимое значение 'annual'"],
    ),
]


@pytest.mark.parametrize(
    ("args", "code", "fragments"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_input_is_refused_in_exact_russian(school, tmp_path, capsys, args, code, fragments):
    before = dump(school.database)
    files_before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    argv = shlex.split(args.format(d=school.root, t=tmp_path))
    assert run(*argv) == code
    err = capsys.readouterr().err
    for fragment in fragments:
        assert fragment in err, err
    lines = err.strip().splitlines()
    if code == 1:
        assert len(lines) == 1, err
    else:  # the usage, then the reason
        assert lines[-1].startswith("perekhod: ошибка в команде: "), err
    reason = lines[-1].removeprefix("perekhod: ")
    assert re.search("[а-яё]", reason), err
    assert english_in(reason, tmp_path) == []
    assert dump(school.database) == before
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert [p for p in made if p not in files_before and p.parts[0] != "demo"] == []


def test_a_refused_import_prints_each_cell_and_changes_nothing(school, tmp_path, capsys):
    workbook = tmp_path / "мероприятия.xlsx"
    assert (
        run(
            "export-xlsx",
            "--data-dir",
            str(school.root),
            "--table",
            "events",
            "--out",
            str(workbook),
        )
        == 0
    )
    before = dump(school.database)
    capsys.readouterr()
    assert (
        run("import-xlsx", "--data-dir", str(school.root), "--table", "roadmap", str(workbook)) == 1
    )
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[-1].startswith("Файл не загружен") and "Ничего не изменено" in lines[-1]
    assert all(re.search("[а-яё]", line) for line in lines)
    assert all(english_in(line, tmp_path) == [] for line in lines)
    assert dump(school.database) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_an_unwritable_place_is_worded_without_the_errno(school, capsys):
    assert (
        run(
            "export-xlsx",
            "--data-dir",
            str(school.root),
            "--table",
            "roadmap",
            "--out",
            "/proc/perekhod-test.xlsx",
        )
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert err.startswith("Не удалось записать файл /proc/perekhod-test.xlsx: ")
    assert ENGLISH.findall(err) == []


def test_an_os_error_nobody_words_names_the_file_in_russian(school, tmp_path, capsys):
    from app.cli import run_command

    def denied(_args, _folder):
        raise PermissionError(13, "Permission denied", "/media/usb/отчёт.pdf")

    assert run_command(denied, object(), school) == 1
    err = capsys.readouterr().err.strip()
    assert err == "Не удалось выполнить команду с файлом /media/usb/отчёт.pdf: нет доступа."


def test_an_unexpected_error_names_no_exception_class(school, capsys):
    from app.cli import run_command

    def broken(_args, _folder):
        raise KeyError("internal")

    assert run_command(broken, object(), school) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Непредвиденная ошибка. Подробности записаны в ")
    assert "KeyError" not in err and "internal" not in err
