"""`perekhod demo municipality`: N schools that differ, imported from their packages, and
the pieces that make them differ (expected values worked out by hand)."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from pathlib import Path

import pytest

from app.academic_year import AcademicYear
from app.cli import main
from app.demo.municipality import DISTRICT_SEED
from app.demo.municipality_names import school_names
from app.demo.municipality_returns_data import FIGURE_CODES, RECOMMENDATIONS
from app.demo.municipality_variation import Variant, district, rename, varied_value
from app.installation import SchoolInfo

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
        counts = query(office, f"SELECT count(*) FROM {table} GROUP BY school_id")
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
        "JOIN organisation o ON o.id = a.school_id GROUP BY o.id",
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
