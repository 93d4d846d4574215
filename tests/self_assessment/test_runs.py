"""Runs lifecycle on a real (empty) school database, with the small instrument imported."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.self_assessment.catalogue import import_instrument, list_instruments
from app.self_assessment.compare import compare_runs
from app.self_assessment.deficits import (
    DeficitInput,
    list_deficits,
    list_strengths,
    save_deficit,
    set_confirmed,
)
from app.self_assessment.report_data import blank_form, self_assessment_year, years_with_data
from app.self_assessment.runs import (
    Member,
    answer,
    finish_run,
    get_run,
    list_runs,
    reopen_run,
    start_run,
)

Y2024, Y2025 = AcademicYear(2024), AcademicYear(2025)
ALL = {"a1": 1, "a2": 2, "a3": 3, "b1": 5, "b2": 2, "b3": 0}


@pytest.fixture
def small_id(school, small_file: Path):
    return import_instrument(school.scope, small_file).value.id


def _answer_all(scope, run_id, levels):
    for item, level in levels.items():
        answer(scope, run_id, item, level, f"док. {item}", "")


def test_builtin_instruments_are_stored_once(school):
    rows = list_instruments(school.scope)
    assert sorted(r.key for r in rows) == ["risk_profiles_500", "school_deficits_resources"]
    assert len(list_instruments(school.scope)) == 2


def test_import_refuses_the_same_version_twice(school, small_file):
    import_instrument(school.scope, small_file)
    with pytest.raises(ValidationError, match="уже загружен"):
        import_instrument(school.scope, small_file)


def test_lifecycle(school, small_id):
    scope = school.scope
    team = [Member("Иванова А. А.", "директор"), Member("Петров Б. Б.", "завуч")]
    run_id = start_run(scope, small_id, Y2024, team, date(2024, 9, 20)).value
    with pytest.raises(ValidationError, match="уже есть"):
        start_run(scope, small_id, Y2024)

    saved = answer(scope, run_id, "a1", 1, " Протокол №3 ", "обсудили").value
    assert saved.answer.evidence == "Протокол №3"
    assert (saved.area.answered, saved.area.total) == (1, 3)
    assert saved.area.score == pytest.approx(100 / 3)
    with pytest.raises(ValidationError, match="Уровень 7"):
        answer(scope, run_id, "a2", 7)
    with pytest.raises(ValidationError, match="без ответа 5"):
        finish_run(scope, run_id)

    _answer_all(scope, run_id, ALL)
    detail = finish_run(scope, run_id, datetime(2024, 10, 1, tzinfo=UTC)).value
    assert detail.run.locked and detail.run.team == tuple(team)
    assert [s.score for s in detail.scores] == pytest.approx([50.0, 200 / 3])
    assert [(d.area_key, d.item_key) for d in list_deficits(scope, Y2024)] == [
        ("a", ""),
        ("b", "b3"),
    ]
    assert len(list_strengths(scope, Y2024)) == 3
    with pytest.raises(ValidationError, match="завершена"):
        answer(scope, run_id, "a1", 2)


def test_reopen_needs_a_reason_and_keeps_confirmed_deficits(school, small_id):
    scope = school.scope
    run_id = start_run(scope, small_id, Y2024).value
    _answer_all(scope, run_id, ALL)
    finish_run(scope, run_id)
    area_deficit = next(d for d in list_deficits(scope) if d.item_key == "")
    set_confirmed(scope, [area_deficit.id], True)
    with pytest.raises(ValidationError, match="причину"):
        reopen_run(scope, run_id, "  ")
    reopen_run(scope, run_id, "Нашли новые протоколы", datetime(2024, 11, 1, tzinfo=UTC))
    run = get_run(scope, run_id).run
    assert run.status == "in_progress" and run.reopenings[0].reason == "Нашли новые протоколы"
    # b3 raised from 0 to 3: B = (100 + 100 + 100) / 3 -> no weak item any more
    answer(scope, run_id, "b3", 3)
    finish_run(scope, run_id)
    deficits = list_deficits(scope)
    assert [(d.id, d.confirmed) for d in deficits] == [(area_deficit.id, True)]


def test_compare_and_report_data(school, small_id):
    scope = school.scope
    first = start_run(scope, small_id, Y2024).value
    _answer_all(scope, first, ALL)
    finish_run(scope, first)
    second = start_run(scope, small_id, Y2025).value
    # A: a1=3, a2=3 -> 100 (was 50); B: b1=1, b2=0, b3=0 -> 0 (was 66.67)
    _answer_all(scope, second, {"a1": 3, "a2": 3, "a3": 3, "b1": 1, "b2": 0, "b3": 0})
    # while the second run is in progress it is shown but not counted
    assert {a.verdict for a in compare_runs(scope, "small").areas} == {"new"}
    finish_run(scope, second)
    comparison = compare_runs(scope, "small")
    assert comparison.years == (Y2024, Y2025)
    a, b = comparison.areas
    assert (a.verdict, a.change) == ("improved", pytest.approx(50.0))
    # the change is taken between the shown (rounded) scores: 0 − 67
    assert (b.verdict, b.change) == ("worse", -67)

    save_deficit(scope, DeficitInput(Y2025, "Нет логопеда", "Кадры"))
    assert years_with_data(scope) == {Y2024, Y2025}
    year = self_assessment_year(scope, Y2025)
    report = year.runs[0]
    assert report.previous_year == Y2024
    area_b = report.areas[1]
    assert (area_b.previous, area_b.verdict) == (pytest.approx(200 / 3), "worse")
    assert area_b.items[0].evidence == "док. b1" and area_b.items[0].descriptor == "уровень 1"
    assert [d.text for d in year.manual_deficits] == ["Нет логопеда"]
    assert self_assessment_year(scope, AcademicYear(2020)) is None
    assert [r.year for r in list_runs(scope, Y2025)] == [Y2025]


def test_blank_form_of_a_shipped_and_a_stored_instrument(school, small_id):
    form = blank_form("school_deficits_resources")
    assert form.version == "1.0" and len(form.areas) == 7
    assert form.areas[0].items[0].levels[0][0] == 0
    small = blank_form("small", scope=school.scope)
    assert [i.item_id for i in small.areas[1].items] == ["b1", "b2", "b3"]
    assert small.areas[1].items[0].levels[-1] == (5, "уровень 5")


def test_instrument_from_a_package_is_validated_and_stored(school, small_data):
    import json

    from app.self_assessment.catalogue import import_instrument_json

    small_data["version"] = "7"
    row = import_instrument_json(school.scope, json.dumps(small_data), "пакет.zip:small.json").value
    assert (row.key, row.version, row.source) == ("small", "7", "file")
    del small_data["title"]
    small_data["version"] = "8"
    with pytest.raises(ValidationError, match=r"«пакет\.zip:small\.json»: поле title"):
        import_instrument_json(school.scope, json.dumps(small_data), "пакет.zip:small.json")


def test_instrument_deletion_rules(school, small_id):
    from app.self_assessment.catalogue import delete_instrument

    builtin = next(r for r in list_instruments(school.scope) if r.source == "builtin")
    with pytest.raises(ValidationError, match="входит в программу"):
        delete_instrument(school.scope, builtin.id)
    run_id = start_run(school.scope, small_id, Y2024).value
    with pytest.raises(ValidationError, match="используется"):
        delete_instrument(school.scope, small_id)
    from app.self_assessment.runs import delete_run

    delete_run(school.scope, run_id)
    delete_instrument(school.scope, small_id)
    assert "small" not in {r.key for r in list_instruments(school.scope)}
