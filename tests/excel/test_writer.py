"""write_table: a styled header, every body cell wrapped at the top, typed values, fitted
widths, a frozen header and a filter — the same on every sheet of the workbook."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from app.excel import Column, write_table

COLUMNS = [
    Column("Название", lambda r: r[0]),
    Column("Дата", lambda r: r[1]),
    Column("Число", lambda r: r[2], number_format="0.0"),
    Column("Примечание", lambda r: r[3], width=30),
]
ROWS = [
    ("=1+1", date(2025, 9, 1), 1.5, None),
    ("Длинное\nв две строки", datetime(2025, 9, 1, 10, 30), 2, True),
]


def test_a_table_is_written_styled_typed_and_fitted(tmp_path: Path) -> None:
    extra = [("Второй", [Column("Х", str)], [7])]
    path = write_table(tmp_path / "t.xlsx", "Лист", COLUMNS, ROWS, extra_sheets=extra)
    book = load_workbook(path)
    sheet = book["Лист"]
    assert [c.value for c in sheet[1]] == ["Название", "Дата", "Число", "Примечание"]
    for cell in sheet[1]:
        assert cell.font.b and cell.fill.fgColor.rgb == "00DCE6F1"
        assert (cell.border.top.style, cell.border.left.style) == ("thin", "thin")
        assert (cell.alignment.wrap_text, cell.alignment.vertical) == (True, "center")
    body = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert len(body) == 8  # the empty D2 too
    assert all((c.alignment.wrap_text, c.alignment.vertical) == (True, "top") for c in body)
    assert all(not c.font.b for c in body)
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=1+1", "s")
    assert (sheet["B2"].value, sheet["B2"].number_format) == (datetime(2025, 9, 1), "DD.MM.YYYY")
    assert sheet["B3"].value == datetime(2025, 9, 1, 10, 30)
    assert sheet["B3"].number_format == "DD.MM.YYYY HH:MM"
    assert [(c.value, c.number_format) for c in (sheet["C2"], sheet["C3"])] == [
        (1.5, "0.0"),
        (2, "0.0"),
    ]
    assert (sheet["D2"].value, sheet["D3"].value) == (None, "да")
    # A: the longest line «в две строки» (12) + 2; B: a date counts 10, + 2; C: at least 8
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths == {"A": 14, "B": 12, "C": 8, "D": 30}
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A2", "A1:D3")
    second = book["Второй"]
    assert [[c.value for c in row] for row in second.iter_rows()] == [["Х"], ["7"]]
    assert (second.freeze_panes, second.auto_filter.ref) == ("A2", "A1:A2")
    assert second["A2"].alignment.vertical == "top"


def test_a_table_without_rows_has_its_header_and_no_filter(tmp_path: Path) -> None:
    sheet = load_workbook(write_table(tmp_path / "t.xlsx", "Пусто", COLUMNS, []))["Пусто"]
    assert [c.value for c in sheet[1]] == ["Название", "Дата", "Число", "Примечание"]
    assert sheet.max_row == 1
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A2", None)
