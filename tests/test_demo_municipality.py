"""`perekhod demo municipality`: N schools that differ, imported from their packages, and
the pieces that make them differ (expected values worked out by hand)."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid
from pathlib import Path

import pytest

from app.academic_year import AcademicYear, year_range
from app.cli import main
from app.demo.municipality import DISTRICT_SEED
from app.demo.municipality_names import school_names
from app.demo.municipality_returns_data import FIGURE_CODES, RECOMMENDATIONS
from app.demo.municipality_variation import Variant, district, rename, varied_value
from app.installation import SchoolInfo
from app.municipality import texts

SCHOOLS = 3


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-municipality") / "район"
    assert run("demo", "municipality", "--data-dir", str(folder), "--schools", str(SCHOOLS)) == 0
    return folder


def query(folder: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(folder / "perekhod.sqlite") as connection:
        return connection.execute(sql).fetchall()


def school_ids(office: Path) -> dict[str, str]:
    """Short name → id (hex, as SQLite holds it) of every school at the office."""
    rows = query(office, "SELECT short_name, id FROM organisation WHERE kind = 'school'")
    return dict(rows)


def test_the_office_holds_every_school_from_its_package(office):
    schools = query(office, "SELECT id, short_name FROM organisation WHERE kind = 'school'")
    assert len(schools) == SCHOOLS
    assert len({name for _id, name in schools}) == SCHOOLS
    received = query(office, "SELECT sender_id, sequence, kind FROM received_package")
    answering = school_ids(office)[district(SCHOOLS, DISTRICT_SEED)[0].info.short_name]
    expected = [(i, 1, "school") for i, _name in schools] + [(answering, 2, "school")]
    assert sorted(received) == sorted(expected)  # the first school answered: its №2
    for table in ("roadmap_activity", "indicator_value", "joint_event", "sa_run", "programme"):
        counts = query(
            office,
            f"SELECT count(*) FROM {table} t JOIN organisation o ON o.id = t.school_id "
            "WHERE o.kind = 'school' GROUP BY t.school_id",
        )
        assert len(counts) == SCHOOLS and all(n > 0 for (n,) in counts), table


def test_the_schools_differ_in_categories_and_results(office):
    categories = query(
        office,
        "SELECT low_results, hard_social_conditions, is_small, pupils FROM organisation "
        "WHERE kind = 'school'",
    )
    assert len(set(categories)) == SCHOOLS
    assert all(low or hard for low, hard, _small, _pupils in categories)
    results = query(
        office,
        "SELECT v.school_id, v.actual FROM indicator_value v JOIN indicator i "
        "ON i.id = v.indicator_id WHERE i.code = 'vpr_pass' AND v.year = '2024-2025'",
    )
    assert len(results) == SCHOOLS and len({actual for _school, actual in results}) == SCHOOLS


def test_each_school_has_its_own_people_not_the_demo_schools(office):
    directors = [
        d for (d,) in query(office, "SELECT director FROM organisation WHERE kind='school'")
    ]
    assert len(set(directors)) == SCHOOLS and "Ковалёва Ирина Петровна" not in directors
    for table, column in (("roadmap_activity", "responsible"), ("sa_team_member", "name")):
        texts = " ".join(t for (t,) in query(office, f"SELECT {column} FROM {table}") if t)
        assert "Ковалёва" not in texts and "Лаптева" not in texts, table
    per_school = query(
        office,
        "SELECT o.director, group_concat(DISTINCT a.responsible) FROM roadmap_activity a "
        "JOIN organisation o ON o.id = a.school_id WHERE o.kind = 'school' GROUP BY o.id",
    )
    for director, responsible in per_school:
        surname, name, patronymic = director.split()
        assert f"{surname} {name[0]}. {patronymic[0]}." in responsible


def test_most_schools_get_recommendations_worded_by_a_methodologist(office):
    rows = query(
        office,
        "SELECT recipient_id, municipality_id, topic, text, issued_on, respond_by "
        "FROM recommendation",
    )
    (office_id,) = query(office, "SELECT id FROM organisation WHERE kind = 'municipality'")[0]
    per_school = {}
    for school, author, topic, text, issued, respond_by in rows:
        assert author == office_id and topic and len(text) > 100
        assert respond_by is None or respond_by > issued
        per_school[school] = per_school.get(school, 0) + 1
    assert len(per_school) >= SCHOOLS - 1 and all(n >= 2 for n in per_school.values())
    known = {r.topic for r in RECOMMENDATIONS} | {"Итоги учебного года"}
    assert {topic for _s, _a, topic, *_rest in rows} <= known


def test_the_first_school_answered_all_but_one_recommendation_through_packages(office):
    first = school_ids(office)[district(SCHOOLS, DISTRICT_SEED)[0].info.short_name]
    recommendations = query(office, f"SELECT id FROM recommendation WHERE recipient_id = '{first}'")
    answers = query(
        office,
        "SELECT school_id, recommendation_id, status, text FROM recommendation_answer",
    )
    assert len(answers) == len(recommendations) - 1
    assert {a[0] for a in answers} == {first}
    assert {a[1] for a in answers} < {r for (r,) in recommendations}
    assert all(
        status in {"accepted", "in_progress", "done", "disagree"} for *_x, status, _t in answers
    )
    assert all(text for *_x, text in answers)
    written = json.loads((office / "exchange" / "returns.json").read_text("utf-8"))
    assert [(w["school_id"].replace("-", ""), w["sequence"]) for w in written] == [(first, 1)]
    assert written[0]["recommendations"] == len(recommendations)


def test_a_leader_school_and_monitoring_figures_are_sent_to_some(office):
    first = school_ids(office)[district(SCHOOLS, DISTRICT_SEED)[0].info.short_name]
    leaders = query(
        office, "SELECT recipient_id, partner_name FROM partner_assignment WHERE role = 'leader'"
    )
    assert (first,) in {(school,) for school, _name in leaders}
    assert all("Заречная гимназия №" in name for _school, name in leaders)
    figures = query(
        office,
        "SELECT f.recipient_id, i.code, f.year, f.value, v.actual FROM monitoring_figure f "
        "JOIN indicator i ON i.id = f.indicator_id JOIN indicator_value v "
        "ON v.indicator_id = f.indicator_id AND v.school_id = f.recipient_id AND v.year = f.year",
    )
    assert first in {school for school, *_rest in figures}
    assert {code for _s, code, *_rest in figures} <= set(FIGURE_CODES)
    last_year = str(AcademicYear.current().previous())  # the demo ran today
    for _school, _code, year, value, actual in figures:  # the school's own figure, or below
        assert year == last_year
        assert actual - 4.5 <= value <= actual


def test_demo_municipality_refuses_a_folder_that_is_not_empty(office, capsys):
    before = hashlib.sha256((office / "perekhod.sqlite").read_bytes()).hexdigest()
    capsys.readouterr()
    assert run("demo", "municipality", "--data-dir", str(office), "--schools", "2") == 1
    assert "не пуста" in capsys.readouterr().err
    assert hashlib.sha256((office / "perekhod.sqlite").read_bytes()).hexdigest() == before


def variant(level: float, progress: float) -> Variant:
    info = SchoolInfo(full_name="МОУ «Тестовая ОШ»", short_name="Тестовая ОШ")
    return Variant(0, 0, info, (), level, progress)


@pytest.mark.parametrize(
    ("value", "baseline", "unit", "level", "progress", "expected"),
    [
        (78, 62, "%", 1.0, 0.5, 70.0),  # half of the story's 16 points
        (78, 62, "%", 1.5, 1.0, 100.0),  # a share never passes 100 %
        (9.5, 18, "%", 1.0, -0.4, 21.4),  # risk pupils: 18 + (−8.5 × −0.4)
        (6, 2, "чел.", 0.9, 1.0, 5.0),  # people are whole: 5.4 → 5
        (14.6, 11.2, "балл", 1.0, 0.0, 11.2),  # no progress: the baseline stays
    ],
)
def test_a_varied_value_follows_level_and_progress(
    value, baseline, unit, level, progress, expected
):
    assert varied_value(value, baseline, unit, variant(level, progress)) == expected


def test_the_demo_roster_becomes_the_schools_people():
    (first, second) = district(2, seed=7)
    for school in (first, second):
        surname, name, patronymic = school.info.director.split()
        short = f"{surname} {name[0]}. {patronymic[0]}."
        assert rename("Ковалёва И. П., директор", school) == f"{short}, директор"
        assert rename("Ковалёва Ирина Петровна", school) == school.info.director
    assert first.info.director != second.info.director


def test_school_names_stay_distinct_past_the_list_of_villages():
    names = school_names(60, random.Random(1))
    assert len({n.short for n in names}) == 60
    assert len({n.full for n in names}) == 60


# --- the office's own project and resources (seed 002) -------------------------------------

OWN = "JOIN organisation o ON o.id = {t}.school_id WHERE o.kind = 'municipality'"
# seed 002, «Степень достижения запланированных результатов проекта», 2020-2021
SEED_DEGREES = [
    ("Повышение качества образования в ", "partial", "Частично достигнуто"),
    ("Сокращение доли школ с устойчиво низкими", "partial", "Частично достигнуто"),
    ("Создана муниципальная программа поддержки", "partial", "Разработана, частично реализуется"),
    ("Создано эффективное межшкольное партн", "achieved", "Создано и реализуется"),
    (
        "Сформирована система методического сопровождения",
        "partial",
        "Сформированы элементы, которые функционируют",
    ),
    ("Организована активная диссеминация", "partial", "Частично достигнуто"),
    ("Участие школ в конкурсных мероприятиях", "achieved", "Достигнуто"),
]
SEED_SECTIONS = {  # the plan's numbered headings (the first has none in the seed)
    2: "Создание современной инфраструктуры",
    3: "Создание единой системы управления качеством образования",
    4: "Повышение профессиональной компетентности педагогических работников",
    5: "Организация сетевого взаимодействия и партн",
    6: "Распространение позитивных педагогических и управленческих практик",
}


def test_the_office_keeps_its_own_project_with_seed_002s_results(office):
    current = str(AcademicYear.current())
    (project,) = query(
        office,
        "SELECT p.title, p.first_year, p.last_year, p.order_number, p.order_date, p.goal, "
        f"p.is_current FROM programme p {OWN.format(t='p')}",
    )
    title, first, last, number, day, goal, is_current = project
    assert "Заречном муниципальном районе" in title and "Костром" not in title + goal
    assert (first, last, is_current) == ("2020-2021", current, 1) and number and day and goal
    tasks = query(office, f"SELECT t.number, t.text FROM programme_task t {OWN.format(t='t')}")
    assert sorted(n for n, _text in tasks) == [1, 2, 3, 4, 5, 6]
    for n, text in tasks:
        assert n not in SEED_SECTIONS or text.startswith(SEED_SECTIONS[n])
    degrees = query(
        office,
        "SELECT r.text, a.level, a.wording FROM planned_result r JOIN result_achievement a "
        f"ON a.result_id = r.id {OWN.format(t='r')} AND a.year = '2020-2021' ORDER BY r.position",
    )
    assert len(degrees) == 7
    for (text, level, wording), (start, seed_level, seed_wording) in zip(
        degrees, SEED_DEGREES, strict=True
    ):
        assert text.startswith(start) and (level, wording) == (seed_level, seed_wording)
    per_year = dict(
        query(
            office,
            "SELECT a.year, count(*) FROM result_achievement a "
            f"{OWN.format(t='a')} GROUP BY a.year",
        )
    )
    finished = [str(y) for y in year_range(AcademicYear(2020), AcademicYear.current().previous())]
    assert per_year == dict.fromkeys(finished, 7)  # the current year is not assessed yet
    achieved = query(
        office,
        f"SELECT count(*) FROM result_achievement a {OWN.format(t='a')} "
        f"AND a.level = 'achieved' AND a.year = '{finished[-1]}'",
    )
    assert achieved[0][0] > 2  # two in 2020-2021: the project moved on


def test_the_office_plan_has_seed_002s_2020_2021_record_and_every_year(office):
    plan = query(
        office,
        "SELECT a.year, t.number, a.title, a.status, a.reason_id, a.reason_text, "
        "a.recommendation, a.responsible FROM roadmap_activity a "
        f"JOIN programme_task t ON t.id = a.task_id {OWN.format(t='a')}",
    )
    first = [row for row in plan if row[0] == "2020-2021"]
    assert {number for _y, number, *_rest in first} == {1, 2, 3, 4, 5, 6}
    assert len(first) == 15  # seed 002's table: 3 + 3 + 4 + 3 + 1 + 1 actions
    assert [row[3] for row in first].count("done") == 14
    (partial,) = [row for row in first if row[3] == "partial"]  # «Реализован частично»
    assert partial[2].startswith("Индивидуальная работа с ОУ в рамках муниципального проекта")
    assert partial[4] is not None and partial[5]  # a reason and its note
    advice = {title: note for _y, _n, title, _s, _r, _t, note, _w in first if note}
    assert advice == {
        "Проведение мониторинга основных шагов перехода школ в эффективный режим работы": (
            "Подготовить анализ результатов мониторинга."
        )
    }
    years = {row[0] for row in plan}
    assert years == {str(y) for y in year_range(AcademicYear(2020), AcademicYear.current())}
    later = [row for row in plan if row[0] not in ("2020-2021", str(AcademicYear.current()))]
    short = [row for row in later if row[3] in ("partial", "not_done", "cancelled")]
    assert short and all(row[4] is not None and row[5] and row[6] for row in short)
    assert sum(row[3] == "done" for row in later) > 3 * len(short)
    now = [row[3] for row in plan if row[0] == str(AcademicYear.current())]
    assert {"planned", "in_progress"} & set(now)  # the current year is under way
    people = " ".join(row[7] for row in plan)
    for seed_name in ("Скачкова", "Исмагилова", "Силакова", "Бучина", "Пашканова", "Рыжова"):
        assert seed_name not in people


def test_municipal_resources_serve_some_school_tasks_and_leave_gaps(office):
    names = {name for (name,) in query(office, "SELECT name FROM municipal_resource")}
    assert {
        "Муниципальная программа мониторинга качества образования",
        "Муниципальный семинар «Индивидуальный образовательный маршрут: теория и практика»",
        "ММО классных руководителей",
        "КПК «Родительский всеобуч»",
    } <= names
    tasks = query(
        office,
        "SELECT t.school_id, t.id, count(r.id) FROM programme_task t "
        "JOIN programme p ON p.id = t.programme_id AND p.is_current "
        "JOIN organisation o ON o.id = t.school_id AND o.kind = 'school' "
        "LEFT JOIN resource_assignment r ON r.task_id = t.id AND r.recipient_id = t.school_id "
        "GROUP BY t.id",
    )
    served = query(office, "SELECT count(*) FROM resource_assignment")[0][0]
    assert served == sum(n for *_ids, n in tasks)  # every assignment is to a school's task
    for school in school_ids(office).values():
        counts = [n for owner, _task, n in tasks if owner == school]
        assert len(counts) == 5 and 0 in counts and any(counts), school


def test_the_offices_own_rows_stay_out_of_the_views_of_schools(office):
    from app.data_folder import DataFolder
    from app.installation import open_installation
    from app.municipality.consolidated import consolidated_view
    from app.municipality.resources import school_tasks

    installation = open_installation(DataFolder(office))
    try:
        scope = installation.scope
        schools = {uuid.UUID(hex_id) for hex_id in school_ids(office).values()}
        for key in ("achievement", "roadmap"):
            sheets = consolidated_view(scope, key).sheets
            assert set(sheets[0].school_ids) == schools, key
        reasons = consolidated_view(scope, "roadmap").sheets[1]
        expected = query(
            office,
            "SELECT count(*) FROM roadmap_activity a JOIN organisation o ON o.id = a.school_id "
            "WHERE o.kind = 'school' AND a.status IN ('partial', 'not_done') "
            "AND a.reason_id IS NOT NULL",
        )[0][0]
        assert sum(reasons.column(texts.TIMES)) == expected
        assert {t.school_id for t in school_tasks(scope)} == schools
    finally:
        installation.close()
