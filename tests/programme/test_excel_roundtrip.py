"""The roadmap workbook: export → import unchanged; a damaged file refused cell by cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.excel import ExcelImportError
from app.programme.roadmap import list_activities, save_activity
from app.programme.rows import ActivityRow
from app.tables import table_io
from tests.programme.fixture import TODAY, Y25, build

FORMULA = "=SUM(A1:A9)"


def _export(school, tmp_path: Path) -> Path:
    build(school.scope)
    save_activity(
        school.scope,
        ActivityRow(None, Y25, FORMULA, start=date(2025, 9, 1), end=date(2025, 9, 1)),
    )
    return table_io("roadmap").export(school.scope, tmp_path / "roadmap.xlsx", None)


def _snapshot(school) -> list[tuple]:
    rows = list_activities(school.scope, today=TODAY)
    return sorted((str(r.id), r.title, r.status, r.start, r.end, r.responsible) for r in rows)


def test_round_trip_changes_nothing(school, tmp_path: Path) -> None:
    path = _export(school, tmp_path)
    before = _snapshot(school)
    summary = table_io("roadmap").import_file(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 4)
    assert _snapshot(school) == before


def test_formula_looking_text_stays_text(school, tmp_path: Path) -> None:
    path = _export(school, tmp_path)
    sheet = load_workbook(path)["Дорожная карта"]
    titles = [row[3] for row in sheet.iter_rows(min_row=2)]  # D: «Мероприятие»
    cell = next(c for c in titles if c.value == FORMULA)
    assert cell.data_type == "s"
    table_io("roadmap").import_file(school.scope, path, dry_run=False)
    assert FORMULA in {r.title for r in list_activities(school.scope)}


def test_edited_and_new_rows_are_imported(school, tmp_path: Path) -> None:
    path = _export(school, tmp_path)
    book = load_workbook(path)
    sheet = book["Дорожная карта"]
    row2 = [c.value for c in sheet[2]]
    sheet.cell(2, 8).value = "Новый Ответственный"  # H: «Ответственный»
    sheet.append([None, "2025-2026", 2, "Новое мероприятие", "май", None, None, "Петров"])
    book.save(path)
    summary = table_io("roadmap").import_file(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 3)
    rows = {r.title: r for r in list_activities(school.scope)}
    assert rows[row2[3]].responsible == "Новый Ответственный"
    assert (rows["Новое мероприятие"].start, rows["Новое мероприятие"].task_number) == (
        date(2026, 5, 1),
        2,
    )


def test_evidence_documents_travel_one_per_line(school, tmp_path: Path) -> None:
    path = _export(school, tmp_path)
    book = load_workbook(path)
    sheet = book["Дорожная карта"]
    docs = {r[3].value: r[19] for r in sheet.iter_rows(min_row=2)}  # T: documents
    assert docs["Ёлочный концерт"].value == "Фотоотчёт\nПриказ № 12-од от 01.12.2025"
    docs["Курсы для учителей"].value = "Протокол № 3 от 15.03.2026"
    book.save(path)
    summary = table_io("roadmap").import_file(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated) == (0, 1)
    rows = {r.title: r for r in list_activities(school.scope)}
    (doc,) = rows["Курсы для учителей"].evidence
    assert (doc.name, doc.number, doc.day) == ("Протокол", "3", date(2026, 3, 15))
    assert len(rows["Ёлочный концерт"].evidence) == 2


def test_damaged_workbook_is_refused_with_cells_and_nothing_written(school, tmp_path) -> None:
    path = _export(school, tmp_path)
    before = _snapshot(school)
    book = load_workbook(path)
    sheet = book["Дорожная карта"]
    sheet.cell(2, 8).value = "Изменение, которое не должно записаться"
    sheet.cell(3, 14).value = "почти готово"  # N3: «Статус»
    sheet.cell(4, 1).value = "не-идентификатор"  # A4
    sheet.cell(5, 3).value = 9  # C5: no task № 9
    sheet.cell(5, 2).value = "2025/26"  # B5: bad year
    book.save(path)
    with pytest.raises(ExcelImportError) as caught:
        table_io("roadmap").import_file(school.scope, path, dry_run=False)
    cells = {e.cell for e in caught.value.errors}
    assert cells == {"N3", "A4", "B5", "C5"}
    assert all(e.sheet == "Дорожная карта" for e in caught.value.errors)
    reasons = {e.cell: e.reason for e in caught.value.errors}
    assert reasons["N3"] == "Неизвестное значение «почти готово» в поле «Статус»."
    assert reasons["C5"] == "Задачи № 9 нет в текущей программе."
    assert _snapshot(school) == before


def test_planned_results_export_has_a_row_per_year(school, tmp_path: Path) -> None:
    data = build(school.scope)
    path = table_io("planned-results").export(school.scope, tmp_path / "results.xlsx", None)
    sheet = load_workbook(path)["Планируемые результаты"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    rid = str(data["result"].id)
    text = "Доля неуспевающих снизилась"
    assert values == [
        [rid, 1, "Поддержка учащихся", text, "2025-2026", None, None, None, None],
        [rid, 1, "Поддержка учащихся", text, "2026-2027", None, None, None, None],
    ]


def test_planned_results_import_sets_levels_or_refuses(school, tmp_path: Path) -> None:
    from app.programme.results import list_results

    data = build(school.scope)
    io = table_io("planned-results")
    path = io.export(school.scope, tmp_path / "results.xlsx", None)
    book = load_workbook(path)
    sheet = book["Планируемые результаты"]
    sheet.cell(2, 6).value = "Частично достигнуто"  # F2: level for 2025-2026
    sheet.cell(2, 7).value = "Разработана, частично реализуется"  # G2: own wording
    sheet.cell(2, 9).value = "Курсы перенесены"
    book.save(path)
    summary = io.import_file(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 1)
    (result,) = list_results(school.scope, data["programme"].id)
    found = {str(y): (a.label, a.wording, a.comment) for y, a in result.achievements.items()}
    assert found == {
        "2025-2026": (
            "частично достигнуто",
            "Разработана, частично реализуется",
            "Курсы перенесены",
        )
    }
    # exported again, the wording comes back in its column: the round trip keeps it
    again_path = io.export(school.scope, tmp_path / "again.xlsx", None)
    row = [c.value for c in load_workbook(again_path)["Планируемые результаты"][2]]
    assert row[5:9] == [
        "частично достигнуто",
        "Разработана, частично реализуется",
        None,
        "Курсы перенесены",
    ]
    assert io.import_file(school.scope, again_path, dry_run=True).value.unchanged == 2
    sheet.cell(3, 6).value = "почти"  # F3
    sheet.cell(2, 5).value = "2031-2032"  # E2: outside the programme
    book.save(path)
    with pytest.raises(ExcelImportError) as caught:
        io.import_file(school.scope, path, dry_run=False)
    assert {e.cell for e in caught.value.errors} == {"E2", "F3"}
    (again,) = list_results(school.scope, data["programme"].id)
    assert len(again.achievements) == 1


def test_imports_report_what_they_changed(school, tmp_path: Path) -> None:
    from app.programme.excel_import import import_roadmap
    from app.programme.results_import import import_results

    path = _export(school, tmp_path)
    same = import_roadmap(school.scope, path)
    assert (same.value.unchanged, same.changes.any()) == (4, False)
    book = load_workbook(path)
    book["Дорожная карта"].cell(2, 8).value = "Другой ответственный"
    book.save(path)
    dry = import_roadmap(school.scope, path, dry_run=True)
    assert (dry.value.updated, dry.changes.any()) == (1, False)
    done = import_roadmap(school.scope, path)
    assert done.value.updated == 1 and done.changes.roadmap
    results = table_io("planned-results").export(school.scope, tmp_path / "results.xlsx", None)
    book = load_workbook(results)
    book["Планируемые результаты"].cell(2, 6).value = "достигнуто"
    book.save(results)
    levels = import_results(school.scope, results)
    assert levels.value.updated == 1 and levels.changes.programme
