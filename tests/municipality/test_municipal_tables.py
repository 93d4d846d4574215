"""``export-xlsx --table municipal-*``: every table of the annual analytical report through
the command line, read back with openpyxl — headers as seed 002 words them, known rows of
the demo municipality (`demo municipality --schools 3`, built once), the default year (the
one the report is due for), refusals at a school and for an imported school's data.

Expected values are typed from seed 002 or read from the demo's database with plain SQL."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.data_folder import DataFolder
from app.reports.years import due_year

TODAY = date(2026, 11, 23)
HEADERS = {
    "municipal-results": (
        "Результаты проекта",
        ("№ п/п", "Планируемый результат", "Степень достижения", "Статус", "Комментарий"),
    ),
    "municipal-plan": (
        "План мероприятий",
        (
            "№ п/п",
            "Раздел плана",
            "Период реализации отдельного действия плана",
            "Наименование мероприятия",
            "Прогнозируемый результат (количественные характеристики результата)",
            "Статус",
            "Исполнение",
            "Причины невыполнения",
            "Рекомендации",
        ),
    ),
    "municipal-school-results": (
        "Результаты школьных проектов",
        (
            "Школа",
            "Проект школы",
            "№ задачи",
            "Планируемый результат",
            "Степень достижения",
            "Статус",
        ),
    ),
    "municipal-roadmaps": (
        "Дорожные карты школ",
        (
            "Школа",
            "Мероприятий",
            "Выполнено",
            "Выполнено частично",
            "Не выполнено",
            "Отменено",
            "Запланировано / выполняется",
            "Просрочено",
            "Причины невыполнения",
        ),
    ),
    "municipal-indicators": (
        "Ключевые показатели",
        (
            "Школа",
            "Показатель",
            "Ед. изм.",
            "Значение 2019-2020",
            "Значение 2020-2021",
            "Изменение",
            "Цель на 2020-2021",
        ),
    ),
    "municipal-conclusions": ("Выводы школ", ("Школа", "Часть выводов", "Текст")),
    "municipal-resources": (
        "Ресурсы для задач школ",
        (
            "Школа",
            "Проект школы",
            "№ задачи",
            "Задача школьного проекта",
            "Муниципальные ресурсы",
            "Ресурсов",
        ),
    ),
    "municipal-completeness": (
        "Представление данных",
        ("Школа", "Пакетов получено", "Последний пакет"),
    ),
}
# Seed 002, «Степень достижения запланированных результатов проекта», 2020-2021.
SEED_DEGREES = [
    "Частично достигнуто",
    "Частично достигнуто",
    "Разработана, частично реализуется",
    "Создано и реализуется",
    "Сформированы элементы, которые функционируют",
    "Частично достигнуто",
    "Достигнуто",
]


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    from app.demo.municipality import create_demo_municipality

    folder = DataFolder(tmp_path_factory.mktemp("municipal-tables") / "data")
    create_demo_municipality(folder, schools=3, today=TODAY).close()
    return folder


@pytest.fixture
def office(district: DataFolder, tmp_path: Path) -> DataFolder:
    target = tmp_path / "office"
    shutil.copytree(district.root, target)
    return DataFolder(target)


def export(office: DataFolder, out: Path, table: str, *more: str, capsys=None) -> list[tuple]:
    """Run ``export-xlsx``; the rows of the one sheet (checked against its name)."""
    code = run("export-xlsx", "--data-dir", str(office.root), "--table", table,
               "--out", str(out), *more)  # fmt: skip
    assert code == 0, capsys.readouterr().err if capsys else code
    book = load_workbook(out)
    assert book.sheetnames == [HEADERS[table][0]]
    return list(book.active.iter_rows(values_only=True))


def sql(office: DataFolder, query: str, *args) -> list[tuple]:
    with sqlite3.connect(office.database) as conn:
        return conn.execute(query, args).fetchall()


def schools(office: DataFolder) -> dict[str, str]:
    """id hex → short name of the imported schools."""
    rows = sql(office, "SELECT id, short_name FROM organisation WHERE kind = 'school'")
    return dict(rows)


@pytest.mark.parametrize("table", list(HEADERS))
def test_every_table_exports_with_its_header(office, tmp_path, table, capsys):
    rows = export(office, tmp_path / f"{table}.xlsx", table, "--year", "2020-2021", capsys=capsys)
    assert rows[0] == HEADERS[table][1]
    assert len(rows) > 1  # the demo has data for every table of 2020-2021
    shown = {row[0] for row in rows[1:]}
    if table not in ("municipal-results", "municipal-plan"):  # a school per row
        assert shown == set(schools(office).values())


def test_the_project_results_and_the_plan_of_2020_2021(office, tmp_path):
    rows = export(office, tmp_path / "r.xlsx", "municipal-results", "--year", "2020-2021")
    assert [row[0] for row in rows[1:]] == [1, 2, 3, 4, 5, 6, 7]
    assert [row[2] for row in rows[1:]] == SEED_DEGREES
    plan = export(office, tmp_path / "p.xlsx", "municipal-plan", "--year", "2020-2021")
    assert len(plan) - 1 == 15  # seed 002's plan: fifteen actions in six sections
    by_number = {row[0]: row for row in plan[1:]}
    monitoring = by_number["3.2"]
    assert monitoring[1] == "3. Создание единой системы управления качеством образования"
    assert monitoring[3] == (
        "Проведение мониторинга основных шагов перехода школ в эффективный режим работы"
    )
    assert monitoring[5] == "Выполнено"
    assert monitoring[8] == "Подготовить анализ результатов мониторинга."
    assert by_number["3.3"][5] == "Выполнено частично"


def test_school_tasks_with_their_resources(office, tmp_path):
    rows = export(office, tmp_path / "t.xlsx", "municipal-resources", "--year", "2020-2021")
    names = {}
    for task, name in sql(
        office,
        "SELECT a.task_id, r.name FROM resource_assignment a "
        "JOIN municipal_resource r ON r.id = a.resource_id ORDER BY r.name",
    ):
        names.setdefault(task, []).append(name)
    expected = [
        (short, number, text, "\n".join(names.get(task, [])) or None, len(names.get(task, [])))
        for short, task, number, text in sql(
            office,
            "SELECT o.short_name, t.id, t.number, t.text FROM programme_task t "
            "JOIN programme p ON p.id = t.programme_id JOIN organisation o ON o.id = p.school_id "
            "WHERE o.kind = 'school' AND p.is_current ORDER BY o.short_name, t.number",
        )
    ]
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows[1:]] == expected
    assert any(count == 0 for *_rest, count in expected)  # a task without resources is kept


def test_roadmaps_conclusions_and_completeness_per_school(office, tmp_path):
    ids = {short: school for school, short in schools(office).items()}
    roadmaps = export(office, tmp_path / "m.xlsx", "municipal-roadmaps", "--year", "2020-2021")
    for row in roadmaps[1:]:
        statuses = dict(
            sql(
                office,
                "SELECT status, count(*) FROM roadmap_activity WHERE school_id = ? "
                "AND year = '2020-2021' GROUP BY status",
                ids[row[0]],
            )
        )
        assert row[1] == sum(statuses.values())
        assert row[2:6] == tuple(statuses.get(s, 0) for s in ("done", "partial", "not_done",
                                                              "cancelled"))  # fmt: skip
    conclusions = export(
        office, tmp_path / "c.xlsx", "municipal-conclusions", "--year", "2020-2021"
    )
    first = conclusions[1][0]
    ((directions,),) = sql(
        office,
        "SELECT directions FROM report_conclusion WHERE school_id = ? AND year = '2020-2021'",
        ids[first],
    )
    assert conclusions[1][1:] == (
        "Перспективные направления развития, которые могут обеспечить улучшение "
        "образовательных результатов обучающихся",
        directions,
    )
    completeness = export(office, tmp_path / "d.xlsx", "municipal-completeness",
                          "--year", "2020-2021")  # fmt: skip
    for row in completeness[1:]:
        ((packages,),) = sql(
            office, "SELECT count(*) FROM received_package WHERE sender_id = ?", ids[row[0]]
        )
        assert row[1] == packages and isinstance(row[1], int)


def test_the_year_defaults_to_the_one_the_report_is_due_for(office, tmp_path):
    due = due_year(date.today())
    default = export(office, tmp_path / "a.xlsx", "municipal-indicators")
    explicit = export(office, tmp_path / "b.xlsx", "municipal-indicators", "--year", str(due))
    assert default == explicit
    assert default[0][4] == f"Значение {due}"


def test_refused_at_a_school_and_for_an_imported_school(office, demo_folder, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    code = run("export-xlsx", "--data-dir", str(demo_folder.root), "--table", "municipal-plan",
               "--out", str(out))  # fmt: skip
    assert code == 1
    assert "«municipal-plan» есть только в установке муниципалитета" in capsys.readouterr().err
    school = next(iter(schools(office)))
    uuid_text = f"{school[:8]}-{school[8:12]}-{school[12:16]}-{school[16:20]}-{school[20:]}"
    code = run("export-xlsx", "--data-dir", str(office.root), "--table", "municipal-plan",
               "--out", str(out), "--school", uuid_text)  # fmt: skip
    assert code == 1
    assert "есть только в установке муниципалитета" in capsys.readouterr().err
    assert not out.exists()
