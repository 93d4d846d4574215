"""The indicators workbook: export, import round trip, refusal of a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.excel import ExcelImportError
from app.indicators.catalogue import IndicatorInput, add_indicator, list_indicators
from app.indicators.values import ValueChange, all_values, set_value, set_values
from app.tables import table_io

Y21, Y22 = AcademicYear(2021), AcademicYear(2022)
HEADERS = ["Код", "Показатель", "Ед. изм.", "Учебный год", "Базовое значение", "Цель", "Факт"]


def ids(scope) -> dict[str, object]:
    return {r.code: r.id for r in list_indicators(scope)}


def fill(scope) -> dict[str, object]:
    known = ids(scope)
    set_values(
        scope,
        [
            ValueChange(known["knowledge_quality"], Y21, "baseline", 28.0),
            ValueChange(known["knowledge_quality"], Y21, "actual", 28.0),
            ValueChange(known["knowledge_quality"], Y22, "target", 32.5),
            ValueChange(known["knowledge_quality"], Y22, "actual", 33.0),
            ValueChange(known["olymp_school_winners"], Y22, "actual", 4.0),
        ],
    )
    return known


def snapshot(scope) -> dict:
    return {
        key: (v.baseline_year, v.baseline_value, dict(v.years))
        for key, v in all_values(scope).items()
    }


def test_export_one_year(school, tmp_path: Path) -> None:
    fill(school.scope)
    path = table_io("indicators").export(school.scope, tmp_path / "ind.xlsx", Y22)
    sheet = load_workbook(path)["Значения"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert len(rows) == 1 + 17  # one row per indicator for the one year
    quality = next(r for r in rows if r[0] == "knowledge_quality")
    assert quality == ("knowledge_quality", "Качество знаний", "%", "2022-2023", None, 32.5, 33)
    assert "Каталог" in load_workbook(path).sheetnames


def test_round_trip(school, tmp_path: Path) -> None:
    scope = school.scope
    own = add_indicator(scope, IndicatorInput("=СУММ(A1)", "балл")).value  # formula-looking name
    set_value(scope, own, Y21, "actual", 3.5)
    fill(scope)
    before = snapshot(scope)
    table = table_io("indicators")
    path = table.export(school.scope, tmp_path / "ind.xlsx", None)
    cell = next(c for c in load_workbook(path)["Значения"]["B"] if c.value == "=СУММ(A1)")
    assert cell.data_type == "s"  # text, never a formula
    assert table.import_file(school.scope, path, dry_run=False).value.added == 0  # nothing new
    assert snapshot(scope) == before
    # Clear everything, import again: every value comes back.
    known = ids(scope)
    set_values(
        scope,
        [ValueChange(known["knowledge_quality"], Y21, k, None) for k in ("baseline", "actual")]
        + [ValueChange(known["knowledge_quality"], Y22, k, None) for k in ("target", "actual")]
        + [ValueChange(known["olymp_school_winners"], Y22, "actual", None)]
        + [ValueChange(own, Y21, "actual", None)],
    )
    summary = table.import_file(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated) == (4, 0)  # 4 (indicator, year) pairs
    assert snapshot(scope) == before


def test_import_changes_values_and_dry_run_writes_nothing(school, tmp_path: Path) -> None:
    known = fill(school.scope)
    table = table_io("indicators")
    path = table.export(school.scope, tmp_path / "ind.xlsx", Y22)
    book = load_workbook(path)
    sheet = book["Значения"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "knowledge_quality")
    row[6].value = "35,5"  # actual, typed with a comma
    book.save(path)
    assert table.import_file(school.scope, path, dry_run=True).value.updated == 1
    assert all_values(school.scope)[known["knowledge_quality"]].value("actual", Y22) == 33.0
    table.import_file(school.scope, path, dry_run=False)
    assert all_values(school.scope)[known["knowledge_quality"]].value("actual", Y22) == 35.5


def test_damaged_workbook_refused_with_cells(school, tmp_path: Path) -> None:
    fill(school.scope)
    before = snapshot(school.scope)
    table = table_io("indicators")
    path = table.export(school.scope, tmp_path / "ind.xlsx", Y22)
    book = load_workbook(path)
    sheet = book["Значения"]
    sheet["G2"] = "много"  # not a number
    sheet["F3"] = 140  # a percentage over 100 (row 3 is certificate, %)
    sheet["D4"] = "2022/2024"  # not consecutive
    sheet["A5"] = "no_such_code"
    sheet.append(["knowledge_quality", "", "", "2022-2023", None, 1, 2])  # duplicate row
    book.save(path)
    with pytest.raises(ExcelImportError) as caught:
        table.import_file(school.scope, path, dry_run=False)
    cells = sorted(e.cell for e in caught.value.errors)
    assert cells == ["A5", "D19", "D4", "F3", "G2"]
    assert all(e.sheet == "Значения" for e in caught.value.errors)
    assert any("не число" in e.reason for e in caught.value.errors)
    assert snapshot(school.scope) == before  # nothing written


def test_two_baselines_refused(school, tmp_path: Path) -> None:
    fill(school.scope)
    table = table_io("indicators")
    path = table.export(school.scope, tmp_path / "ind.xlsx", None)
    book = load_workbook(path)
    sheet = book["Значения"]
    rows = [r for r in sheet.iter_rows(min_row=2) if r[0].value == "knowledge_quality"]
    rows[-1][4].value = 30  # a second baseline for the same indicator
    book.save(path)
    with pytest.raises(ExcelImportError) as caught:
        table.import_file(school.scope, path, dry_run=False)
    [error] = caught.value.errors
    assert error.cell == f"E{rows[-1][4].row}" and "дважды" in error.reason
