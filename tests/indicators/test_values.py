"""Catalogue and value use cases on a fresh school."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.indicators.catalogue import (
    IndicatorInput,
    add_indicator,
    delete_indicator,
    list_indicators,
    update_indicator,
)
from app.indicators.common import format_number, parse_number
from app.indicators.values import all_values, set_value, values_of
from db.models.indicators import IndicatorValue

Y20, Y21, Y22 = AcademicYear(2020), AcademicYear(2021), AcademicYear(2022)


def by_code(scope, code):
    return next(r for r in list_indicators(scope) if r.code == code)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("12,5", "%", 12.5),
        (" 12.5 ", "балл", 12.5),
        ("100 %", "%", 100.0),
        ("0", "%", 0.0),
        ("", "%", None),
        ("   ", "балл", None),
        (None, "%", None),
        ("7", "чел.", 7.0),
        (41, "%", 41.0),
    ],
)
def test_parse_accepts(text, unit, expected) -> None:
    assert parse_number(text, unit) == expected


@pytest.mark.parametrize(
    ("text", "unit", "fragment"),
    [
        ("abc", "%", "не число"),
        ("1,2,3", "балл", "не число"),
        ("100,5", "%", "от 0 до 100"),
        ("-1", "%", "от 0 до 100"),
        ("2,5", "чел.", "целым"),
        ("-3", "балл", "отрицательным"),
        ("nan", "балл", "не число"),
    ],
)
def test_parse_refuses_in_russian(text, unit, fragment) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number(text, unit)
    assert fragment in caught.value.message


def test_format_number() -> None:
    assert [format_number(v) for v in (12.5, 40.0, 0.0, None, 2.125)] == [
        "12,5",
        "40",
        "0",
        "",
        "2,12",
    ]


def test_builtin_catalogue_loaded_once(school) -> None:
    rows = list_indicators(school.scope)
    codes = [r.code for r in rows]
    assert len(rows) == 17 and len(set(codes)) == 17
    assert codes[0] == "gia_pass" and all(r.is_builtin for r in rows)
    risk = by_code(school.scope, "risk_pupils")
    assert risk.direction == "lower" and risk.unit == "%"
    assert len(list_indicators(school.scope)) == 17  # no duplicates on the second call


def test_own_indicator_add_edit_delete(school) -> None:
    scope = school.scope
    new_id = add_indicator(scope, IndicatorInput("  Доля   родителей на собраниях ", "%")).value
    row = next(r for r in list_indicators(scope) if r.id == new_id)
    assert (row.name, row.is_builtin, row.position) == ("Доля родителей на собраниях", False, 18)
    update_indicator(scope, new_id, IndicatorInput("Доля родителей", "%", "lower", "municipal"))
    row = next(r for r in list_indicators(scope) if r.id == new_id)
    assert (row.name, row.direction, row.source) == ("Доля родителей", "lower", "municipal")
    set_value(scope, new_id, Y21, "actual", 30.0)
    assert delete_indicator(scope, new_id).changes.indicators
    assert all(r.id != new_id for r in list_indicators(scope))
    with school.scope.reading() as session:
        assert session.query(IndicatorValue).count() == 0  # values went with it


def test_catalogue_refusals(school) -> None:
    scope = school.scope
    gia = by_code(scope, "gia_pass")
    with pytest.raises(ValidationError, match="нельзя удалить"):
        delete_indicator(scope, gia.id)
    with pytest.raises(ValidationError, match="уже есть"):
        add_indicator(scope, IndicatorInput("качество знаний", "%"))
    with pytest.raises(ValidationError, match="название"):
        add_indicator(scope, IndicatorInput("   "))
    with pytest.raises(ValidationError, match="направление"):
        add_indicator(scope, IndicatorInput("Новый", "%", direction="sideways"))


def test_set_and_clear_values(school) -> None:
    scope = school.scope
    quality = by_code(scope, "knowledge_quality")
    set_value(scope, quality.id, Y21, "target", 32.0)
    set_value(scope, quality.id, Y21, "actual", 30.5)
    stored = values_of(scope, quality.id)
    assert (stored.value("target", Y21), stored.value("actual", Y21)) == (32.0, 30.5)
    set_value(scope, quality.id, Y21, "target", None)
    set_value(scope, quality.id, Y21, "actual", None)
    with scope.reading() as session:
        assert session.query(IndicatorValue).count() == 0  # an empty year leaves no row


def test_one_baseline_that_moves(school) -> None:
    scope = school.scope
    quality = by_code(scope, "knowledge_quality")
    set_value(scope, quality.id, Y20, "baseline", 28.0)
    set_value(scope, quality.id, Y21, "baseline", 29.0)
    stored = values_of(scope, quality.id)
    assert (stored.baseline_year, stored.baseline_value) == (Y21, 29.0)
    assert stored.value("baseline", Y20) is None
    set_value(scope, quality.id, Y20, "baseline", None)  # another year: nothing to clear
    assert values_of(scope, quality.id).baseline_value == 29.0
    set_value(scope, quality.id, Y21, "baseline", None)
    assert values_of(scope, quality.id).baseline_year is None


def test_stored_values_are_validated_by_unit(school) -> None:
    scope = school.scope
    quality = by_code(scope, "knowledge_quality")
    winners = by_code(scope, "olymp_municipal_winners")
    with pytest.raises(ValidationError, match="от 0 до 100"):
        set_value(scope, quality.id, Y21, "actual", 120.0)
    with pytest.raises(ValidationError, match="целым"):
        set_value(scope, winners.id, Y21, "actual", 1.5)
    with pytest.raises(ValidationError):
        set_value(scope, quality.id, Y21, "forecast", 1.0)
    assert all(not v.years and v.baseline_year is None for v in all_values(scope).values())
