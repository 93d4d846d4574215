"""The ``deficits`` Excel table: export, edit, import back (all-or-nothing)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.excel import ExcelImportError
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    list_deficits,
    list_strengths,
    save_deficit,
    save_strength,
)
from app.tables import table_io

Y = AcademicYear(2024)


def _exported(school, tmp_path):
    save_deficit(school.db, DeficitInput(Y, "Нет логопеда", "Кадры", confirmed=False))
    save_strength(school.db, StrengthInput(Y, "Музей", "Среда", offer=True))
    return table_io("deficits").export(school, tmp_path / "d.xlsx", None)


def test_round_trip_updates_and_adds(school, tmp_path):
    path = _exported(school, tmp_path)
    table = table_io("deficits")
    assert table.import_file(school, path, dry_run=False).updated == 0  # unchanged
    book = load_workbook(path)
    sheet = book["Дефициты"]
    assert [c.value for c in sheet[2]][1:4] == ["2024-2025", "Кадры", "Нет логопеда"]
    sheet["H2"].value = "да"
    sheet.append(["", "2025-2026", "Родители", "Мало родителей на собраниях", "", "", "", "нет"])
    book.save(path)
    dry = table.import_file(school, path, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged) == (1, 1, 1)
    assert len(list_deficits(school.db)) == 1
    table.import_file(school, path, dry_run=False)
    rows = {d.text: d for d in list_deficits(school.db)}
    assert rows["Нет логопеда"].confirmed is True
    assert rows["Мало родителей на собраниях"].year == AcademicYear(2025)
    assert [s.offer for s in list_strengths(school.db)] == [True]


def test_bad_rows_refuse_the_whole_file(school, tmp_path):
    path = _exported(school, tmp_path)
    book = load_workbook(path)
    sheet = book["Дефициты"]
    sheet["D2"].value = "Изменённый текст"
    sheet.append(["", "2025", "Кадры", "", "", "", "", "может быть"])
    book.save(path)
    with pytest.raises(ExcelImportError) as err:
        table_io("deficits").import_file(school, path, dry_run=False)
    assert [e.cell for e in err.value.errors] == ["B3", "D3", "H3"]
    assert "может быть" in str(err.value.errors[2])
    assert [d.text for d in list_deficits(school.db)] == ["Нет логопеда"]
