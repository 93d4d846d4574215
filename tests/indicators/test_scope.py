"""School scope: built-in indicators are shared catalogue rows nobody edits; values,
baselines and own indicators belong to one school."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.errors import NotFoundError, ValidationError
from app.indicators import demo as indicators_demo
from app.indicators.catalogue import (
    IndicatorInput,
    add_indicator,
    delete_indicator,
    list_indicators,
    update_indicator,
)
from app.indicators.excel import import_values
from app.indicators.report_data import indicator_series, years_with_data
from app.indicators.values import ValueChange, all_values, set_value, set_values, values_of
from app.scope import SchoolScope
from app.tables import table_io
from db.base import catalogue_id
from db.models import SchoolProfile
from db.models.indicators import Indicator, IndicatorBaseline
from tests.conftest import DEMO_TODAY

Y20, Y21, Y22 = AcademicYear(2020), AcademicYear(2021), AcademicYear(2022)


def other_school(installation, name: str = "Другая школа") -> SchoolScope:
    """A second school in the same database (as a municipality holds imported ones)."""
    school_id = uuid.uuid4()
    with installation.db.unit_of_work() as session:
        session.add(SchoolProfile(id=school_id, full_name=f"МОУ «{name}»", short_name=name))
    return SchoolScope(installation.db, school_id)


def code_id(scope: SchoolScope, code: str) -> uuid.UUID:
    return next(r.id for r in list_indicators(scope) if r.code == code)


def test_builtins_are_shared_rows_with_catalogue_ids(school) -> None:
    a, b = school.scope, other_school(school)
    rows = list_indicators(a)  # the first use loads the built-ins, without an owner
    assert [r.id for r in rows] == [catalogue_id("indicator", r.code) for r in rows]
    assert [r.id for r in list_indicators(b)] == [r.id for r in rows]
    with school.db.reading() as session:  # unscoped: the whole table
        owners = session.execute(select(Indicator.school_id, func.count()).group_by("school_id"))
        assert dict(owners.all()) == {None: 17}


def test_builtin_indicator_refused_on_edit_and_delete(school) -> None:
    scope = school.scope
    gia = next(r for r in list_indicators(scope) if r.code == "gia_pass")
    with pytest.raises(ValidationError, match="изменить его нельзя"):
        update_indicator(scope, gia.id, IndicatorInput("Переименованный", "%"))
    with pytest.raises(ValidationError, match="нельзя удалить"):
        delete_indicator(scope, gia.id)
    again = next(r for r in list_indicators(scope) if r.code == "gia_pass")
    assert again == gia and again.is_builtin


def test_two_schools_keep_their_own_values_baselines_and_indicators(school) -> None:
    a, b = school.scope, other_school(school)
    quality = code_id(a, "knowledge_quality")
    set_values(
        a,
        [
            ValueChange(quality, Y21, "baseline", 28.0),
            ValueChange(quality, Y22, "target", 32.0),
            ValueChange(quality, Y22, "actual", 33.0),
        ],
    )
    set_values(
        b,
        [ValueChange(quality, Y20, "baseline", 25.0), ValueChange(quality, Y22, "actual", 40.0)],
    )
    own_a = add_indicator(a, IndicatorInput("Доля родителей на собраниях", "%")).value
    own_b = add_indicator(b, IndicatorInput("Доля родителей на собраниях", "%")).value  # same name
    set_value(b, own_b, Y22, "actual", 55.0)

    rows_a = {r.id: r for r in list_indicators(a)}
    rows_b = {r.id: r for r in list_indicators(b)}
    assert own_a in rows_a and own_b not in rows_a
    assert own_b in rows_b and own_a not in rows_b
    assert (rows_a[quality].baseline_year, rows_a[quality].baseline_value) == (Y21, 28.0)
    assert (rows_b[quality].baseline_year, rows_b[quality].baseline_value) == (Y20, 25.0)
    stored_a, stored_b = values_of(a, quality), values_of(b, quality)
    assert (stored_a.value("target", Y22), stored_a.value("actual", Y22)) == (32.0, 33.0)
    assert (stored_b.value("target", Y22), stored_b.value("actual", Y22)) == (None, 40.0)
    assert own_b not in all_values(a)
    assert years_with_data(a) == {Y21, Y22} and years_with_data(b) == {Y20, Y22}
    series = {s.code: s for s in indicator_series(a, Y22)}
    assert series["knowledge_quality"].actual == {Y21: None, Y22: 33.0}

    # A's scope cannot reach B's own indicator; clearing A's baseline leaves B's.
    with pytest.raises(NotFoundError):
        set_value(a, own_b, Y22, "actual", 1.0)
    with pytest.raises(NotFoundError):
        update_indicator(a, own_b, IndicatorInput("Чужой", "%"))
    with pytest.raises(NotFoundError):
        delete_indicator(a, own_b)
    set_value(a, quality, Y21, "baseline", None)
    assert values_of(a, quality).baseline_year is None
    assert values_of(b, quality).baseline_value == 25.0
    with school.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorBaseline)) == 1
    delete_indicator(a, own_a)
    assert values_of(b, own_b).value("actual", Y22) == 55.0


def test_import_into_one_school_leaves_the_other(school, tmp_path: Path) -> None:
    a, b = school.scope, other_school(school)
    quality = code_id(a, "knowledge_quality")
    set_value(a, quality, Y22, "actual", 33.0)
    set_value(b, quality, Y22, "actual", 40.0)
    path = table_io("indicators").export(a, tmp_path / "a.xlsx", Y22)
    book = load_workbook(path)
    row = next(
        r for r in book["Значения"].iter_rows(min_row=2) if r[0].value == "knowledge_quality"
    )
    row[6].value = 35
    book.save(path)
    dry = import_values(a, path, dry_run=True)
    assert dry.value.updated == 1 and not dry.changes.any()
    done = import_values(a, path, dry_run=False)
    assert (done.value.updated, done.value.unchanged) == (1, 16) and done.changes.indicators
    assert values_of(a, quality).value("actual", Y22) == 35.0
    assert values_of(b, quality).value("actual", Y22) == 40.0
    assert not import_values(a, path, dry_run=False).changes.any()  # nothing left to change


def test_demo_step_fills_a_second_school_in_the_same_database(school) -> None:
    a, b = school.scope, other_school(school)
    indicators_demo.step(a, DemoContext.for_scope(a, DEMO_TODAY))
    before = all_values(a)
    indicators_demo.step(b, DemoContext.for_scope(b, DEMO_TODAY, seed=7))
    assert all_values(a) == before
    assert all_values(b) == before  # the same story, stored again for school B
    with school.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Indicator)) == 17
        # 14 of the 17 built-ins are valued (no ЕГЭ in an основная школа), per school
        assert session.scalar(select(func.count()).select_from(IndicatorBaseline)) == 28
