"""School scope: the shared instrument catalogue, and two schools in one database.

Instruments have no owner and the same id in every installation; runs, answers, deficits,
strengths and their links belong to one school, and school A's scope never shows or
touches school B's rows.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.demo.context import DemoContext
from app.errors import NotFoundError, ValidationError
from app.excel import ExcelImportError
from app.installation import Installation, SchoolInfo, create_school
from app.scope import SchoolScope
from app.self_assessment import demo
from app.self_assessment.catalogue import (
    delete_instrument,
    import_instrument,
    list_instruments,
    version_id,
)
from app.self_assessment.compare import compare_runs
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    delete_deficit,
    list_deficits,
    list_strengths,
    save_deficit,
    save_strength,
    set_confirmed,
)
from app.self_assessment.excel import export_deficits, import_deficits
from app.self_assessment.report_data import self_assessment_year, years_with_data
from app.self_assessment.runs import (
    Member,
    answer,
    delete_run,
    finish_run,
    get_run,
    list_runs,
    start_run,
)
from app.self_assessment.trail import deficit_trail, link
from db.base import catalogue_id
from db.models import SchoolProfile
from db.models.self_assessment import InstrumentVersion
from tests.conftest import DEMO_TODAY

Y = AcademicYear(2024)
# Small instrument: A = (1 + 2) / 6 -> 50 (medium risk), B = (100 + 100 + 0) / 3, b3 weak.
WEAK = {"a1": 1, "a2": 2, "a3": 3, "b1": 5, "b2": 2, "b3": 0}


def _second_school(installation: Installation) -> SchoolScope:
    school_id = uuid.uuid4()
    with installation.db.unit_of_work() as session:
        session.add(
            SchoolProfile(
                id=school_id, is_own=False, full_name="МОУ «Вторая школа»", short_name="Вторая"
            )
        )
    return SchoolScope(installation.db, school_id)


def _stored_versions(installation: Installation) -> int:
    with installation.db.reading() as session:
        return session.scalar(select(func.count()).select_from(InstrumentVersion))


def test_two_installations_store_instruments_under_equal_ids(tmp_path: Path, small_file):
    ids = []
    for name in ("first", "second"):
        info = SchoolInfo(full_name=f"МОУ «Школа {name}»", short_name=name)
        installation = create_school(DataFolder(tmp_path / name), info)
        try:
            imported = import_instrument(installation.scope, small_file).value
            ids.append({(r.key, r.version): r.id for r in list_instruments(installation.scope)})
            assert imported.id == catalogue_id("instrument", "small:1")
        finally:
            installation.close()
    assert ids[0] == ids[1]
    assert set(ids[0]) == {
        ("risk_profiles_500", "2021.1"),
        ("school_deficits_resources", "1.0"),
        ("small", "1"),
    }
    assert all(i == version_id(key, version) for (key, version), i in ids[0].items())


def test_a_second_school_shares_the_stored_versions(school: Installation, small_file):
    a = school.scope
    small = import_instrument(a, small_file).value.id
    b = _second_school(school)
    assert {r.id for r in list_instruments(b)} == {r.id for r in list_instruments(a)}
    assert _stored_versions(school) == 3
    with pytest.raises(ValidationError, match="уже загружен"):
        import_instrument(b, small_file)  # one catalogue: B finds A's import
    start_run(b, small, Y)
    runs = {r.key: r.runs for r in list_instruments(a)}
    assert runs["small"] == 0  # the count is the school's own
    with pytest.raises(ValidationError, match="используется"):
        delete_instrument(a, small)  # B's run keeps the shared version


def _fill(scope: SchoolScope, levels: dict[str, int], deficit: str, strength: str):
    small = next(r.id for r in list_instruments(scope) if r.key == "small")
    run_id = start_run(scope, small, Y, [Member("Иванова А. А.")]).value
    for item, level in levels.items():
        answer(scope, run_id, item, level)
    finish_run(scope, run_id)
    manual = save_deficit(scope, DeficitInput(Y, deficit, "Кадры")).value
    save_strength(scope, StrengthInput(Y, strength, "Среда", offer=True))
    return run_id, manual


def test_runs_deficits_and_strengths_stay_with_their_school(school, small_file, tmp_path):
    a = school.scope
    import_instrument(a, small_file)
    b = _second_school(school)
    run_a, manual_a = _fill(a, WEAK, "Нет логопеда", "Музей")
    # B answers everything at the top: no run deficits; the same instrument and year
    # are allowed because the duplicate check is per school
    top = {"a1": 3, "a2": 3, "a3": 3, "b1": 5, "b2": 2, "b3": 3}
    run_b, manual_b = _fill(b, top, "Нет психолога", "Театр")

    assert [r.id for r in list_runs(a)] == [run_a]
    assert [r.id for r in list_runs(b)] == [run_b]
    assert [(d.area_key, d.item_key, d.text) for d in list_deficits(a)] == [
        ("", "", "Нет логопеда"),
        ("a", "", "Методическая работа (средний риск, 50 из 100)"),
        ("b", "b3", "Работа с родителями: Пункт Б3"),
    ]
    assert [d.text for d in list_deficits(b)] == ["Нет психолога"]
    assert "Театр" not in {s.text for s in list_strengths(a)}
    assert "Музей" not in {s.text for s in list_strengths(b)}
    assert [r.id for r in compare_runs(a, "small").runs] == [run_a]
    year_b = self_assessment_year(b, Y)
    assert [r.run.id for r in year_b.runs] == [run_b]
    assert [d.text for d in year_b.manual_deficits] == ["Нет психолога"]
    assert years_with_data(b) == {Y}

    # A's scope cannot reach B's rows
    for refused in (
        lambda: get_run(a, run_b),
        lambda: answer(a, run_b, "a1", 0),
        lambda: save_deficit(a, DeficitInput(Y, "чужой"), manual_b),
        lambda: delete_deficit(a, manual_b),
        lambda: deficit_trail(a, manual_b),
        lambda: link(a, manual_b, "indicator", uuid.uuid4()),
    ):
        with pytest.raises(NotFoundError):
            refused()
    assert set_confirmed(a, [manual_b], True).value == 0
    b_file = export_deficits(b, tmp_path / "b.xlsx", None)
    with pytest.raises(ExcelImportError) as err:
        import_deficits(a, b_file, dry_run=False)  # B's codes are unknown to A
    assert len(err.value.errors) == 1 + len(list_strengths(b))
    assert all("нет записи с кодом" in str(e) for e in err.value.errors)

    # A's edits and deletions leave B as it was
    before = (list_runs(b), list_deficits(b), list_strengths(b))
    set_confirmed(a, [d.id for d in list_deficits(a)], True)
    import_deficits(a, export_deficits(a, tmp_path / "a.xlsx", None).resolve(), dry_run=False)
    delete_run(a, run_a)
    delete_deficit(a, manual_a)
    assert (list_runs(b), list_deficits(b), list_strengths(b)) == before
    assert get_run(b, run_b).run.locked


def test_the_demo_step_fills_a_second_school_with_the_same_instruments(school):
    a = school.scope
    demo.step(a, DemoContext.for_scope(a, DEMO_TODAY, seed=2020))
    b = _second_school(school)
    demo.step(b, DemoContext.for_scope(b, DEMO_TODAY, seed=7))
    assert _stored_versions(school) == 2  # reused, not inserted again
    runs_a, runs_b = list_runs(a), list_runs(b)
    assert len(runs_a) == len(runs_b) == 8  # 2 instruments x (2020, 2022, 2024, 2026)
    assert {r.instrument_id for r in runs_a} == {r.instrument_id for r in runs_b}
    assert not {r.id for r in runs_a} & {r.id for r in runs_b}
    assert {r.key: r.runs for r in list_instruments(a)} == {
        "risk_profiles_500": 4,
        "school_deficits_resources": 4,
    }
    assert not {d.id for d in list_deficits(a)} & {d.id for d in list_deficits(b)}
