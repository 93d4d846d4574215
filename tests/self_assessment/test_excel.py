"""The ``deficits`` Excel table: export, edit, import back (all-or-nothing)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.changes import Changes
from app.excel import ExcelImportError
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    list_deficits,
    list_strengths,
    save_deficit,
    save_strength,
)
from app.self_assessment.excel import import_deficits
from app.tables import table_io

Y = AcademicYear(2024)


def _exported(school, tmp_path):
    save_deficit(school.scope, DeficitInput(Y, "Нет логопеда", "Кадры", confirmed=False))
    save_strength(school.scope, StrengthInput(Y, "Музей", "Среда", offer=True))
    return table_io("deficits").export(school.scope, tmp_path / "d.xlsx", None)


def test_round_trip_updates_and_adds(school, tmp_path):
    path = _exported(school, tmp_path)
    table = table_io("deficits")
    assert table.import_file(school.scope, path, dry_run=False).value.updated == 0  # the CLI's way
    unchanged = import_deficits(school.scope, path, dry_run=False)
    assert unchanged.value.updated == 0 and not unchanged.changes.any()
    book = load_workbook(path)
    sheet = book["Дефициты"]
    assert [c.value for c in sheet[2]][1:4] == ["2024-2025", "Кадры", "Нет логопеда"]
    sheet["H2"].value = "да"
    sheet.append(["", "2025-2026", "Родители", "Мало родителей на собраниях", "", "", "", "нет"])
    book.save(path)
    dry = import_deficits(school.scope, path, dry_run=True)
    assert (dry.value.added, dry.value.updated, dry.value.unchanged) == (1, 1, 1)
    assert not dry.changes.any()
    assert len(list_deficits(school.scope)) == 1
    done = import_deficits(school.scope, path, dry_run=False)
    assert done.changes == Changes(self_assessment=True)
    rows = {d.text: d for d in list_deficits(school.scope)}
    assert rows["Нет логопеда"].confirmed is True
    assert rows["Мало родителей на собраниях"].year == AcademicYear(2025)
    assert [s.offer for s in list_strengths(school.scope)] == [True]


def test_bad_rows_refuse_the_whole_file(school, tmp_path):
    path = _exported(school, tmp_path)
    book = load_workbook(path)
    sheet = book["Дефициты"]
    sheet["D2"].value = "Изменённый текст"
    sheet.append(["", "2025", "Кадры", "", "", "", "", "может быть"])
    book.save(path)
    with pytest.raises(ExcelImportError) as err:
        import_deficits(school.scope, path, dry_run=False)
    assert [e.cell for e in err.value.errors] == ["B3", "D3", "H3"]
    assert "может быть" in str(err.value.errors[2])
    assert [d.text for d in list_deficits(school.scope)] == ["Нет логопеда"]
