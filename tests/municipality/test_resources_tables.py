"""``export-xlsx --table resources | resource-sufficiency`` at a municipality: the catalogue,
and every task of the schools' projects with its resources — grouped by school as in seed
002's tables, the tasks without any kept and marked, counted per school on a second sheet;
refused at a school and for an imported school's read-only data."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.installation import open_installation
from app.municipality import resources as res
from tests.municipality.district import District

MONITORING = "Муниципальная программа мониторинга качества образования"
SEMINAR = "Муниципальный семинар «Индивидуальный образовательный маршрут»"
CLUB = "ММО классных руководителей"


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


def rows_of(sheet) -> list[tuple]:
    return list(sheet.iter_rows(values_only=True))


@pytest.fixture
def served(district: District) -> District:
    """Three resources; Берёзовская's only task gets two of them, Сосновская's none."""
    installation = open_installation(district.folder)
    try:
        scope = installation.scope
        made = [
            res.save_resource(scope, res.ResourceInput(*r)).value
            for r in (
                ("monitoring", MONITORING, "2020-2021", "Отдел образования", "по плану"),
                ("seminar", SEMINAR, "ноябрь 2020", "ИМЦ"),
                ("association", CLUB),
            )
        ]
        (task,) = [t for t in res.school_tasks(scope) if t.school_id == district.berezovka]
        res.assign_resource(scope, made[0], task.task_id)
        res.assign_resource(scope, made[1], task.task_id)
    finally:
        installation.close()
    return district


def test_the_resource_catalogue(served: District, tmp_path, capsys):
    out = tmp_path / "ресурсы.xlsx"
    code = run("export-xlsx", "--data-dir", str(served.folder.root), "--table", "resources",
               "--out", str(out))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    book = load_workbook(out)
    assert book.sheetnames == ["Муниципальные ресурсы"]
    assert rows_of(book.active) == [
        ("Вид ресурса", "Ресурс", "Сроки", "Ответственный", "Примечание", "Задач школ"),
        ("семинар", SEMINAR, "ноябрь 2020", "ИМЦ", None, 1),
        ("методическое объединение (ММО)", CLUB, None, None, None, 0),
        ("мониторинг", MONITORING, "2020-2021", "Отдел образования", "по плану", 1),
    ]


def test_the_sufficiency_of_resources_per_school_task(served: District, tmp_path, capsys):
    out = tmp_path / "достаточность.xlsx"
    code = run("export-xlsx", "--data-dir", str(served.folder.root), "--table",
               "resource-sufficiency", "--out", str(out))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    book = load_workbook(out)
    assert book.sheetnames == ["Ресурсы для задач школ", "Итоги по школам"]
    tasks = rows_of(book.worksheets[0])
    assert tasks[0] == (
        "Школа", "Проект школы", "№ п/п", "Задача школьного проекта",
        "Муниципальные ресурсы", "Ресурсов",
    )  # fmt: skip
    # Озёрная sent an empty package: no project, no task
    assert tasks[1:] == [
        ("Берёзовская ООШ", "Программа перехода", 1, "Повысить качество",
         f"{MONITORING}\n{SEMINAR}", 2),
        ("Сосновская СОШ", "Программа перехода", 1, "Повысить качество",
         "нет муниципальных ресурсов", 0),
    ]  # fmt: skip
    assert rows_of(book.worksheets[1]) == [
        ("Школа", "Задач", "Без муниципальных ресурсов", "Без ресурсов, %"),
        ("Берёзовская ООШ", 1, 0, 0),
        ("Сосновская СОШ", 1, 1, 100),
        ("Всего", 2, 1, 50),
    ]


def test_the_tables_are_the_municipality_s_own(served: District, demo_folder, tmp_path, capsys):
    out = tmp_path / "ресурсы.xlsx"
    for table in ("resources", "resource-sufficiency"):
        code = run("export-xlsx", "--data-dir", str(demo_folder.root), "--table", table,
                   "--out", str(out))  # fmt: skip
        assert code == 1
        assert f"Таблица «{table}» есть только в установке муниципалитета." in (
            capsys.readouterr().err
        )
        code = run("export-xlsx", "--data-dir", str(served.folder.root), "--table", table,
                   "--out", str(out), "--school", str(served.sosnovka))  # fmt: skip
        assert code == 1
        assert "только в установке муниципалитета" in capsys.readouterr().err
    assert not out.exists()
