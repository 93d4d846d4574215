"""Excel exports: formula-like text stays text; a second reader sees the same values."""

from __future__ import annotations

import csv
import re
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.excel.writer import Column, write_table
from tests.reports.office import soffice_with

HOSTILE = ["=1+1", "+7 (48533) 4-12-07", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=HYPERLINK(1)"]


def _workbook(path: Path) -> Path:
    rows = [(text, 12.5, date(2026, 11, 23)) for text in HOSTILE]
    columns = [
        Column("Текст", lambda r: r[0]),
        Column("Число", lambda r: r[1]),
        Column("Дата", lambda r: r[2]),
    ]
    return write_table(path, "Проверка", columns, rows)


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _cell_texts(xml: str) -> dict[str, str]:
    """Each text cell's string, whether inline or shared."""
    from xml.etree import ElementTree

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    root = ElementTree.fromstring(xml)
    return {
        cell.get("r"): "".join(t.text or "" for t in cell.iterfind(".//m:t", ns))
        for cell in root.iterfind(".//m:c", ns)
        if cell.get("t") in ("inlineStr", "str")
    }


def test_formula_like_text_is_a_text_cell_never_a_formula(tmp_path):
    path = _workbook(tmp_path / "t.xlsx")
    xml = _sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    cells = dict(re.findall(r'<c r="(A\d+)"[^>]*?t="(\w+)"', xml))
    for row in range(2, 2 + len(HOSTILE)):
        assert cells[f"A{row}"] == "inlineStr", f"A{row}"
    texts = _cell_texts(xml)
    for row, text in enumerate(HOSTILE, start=2):
        assert texts[f"A{row}"].replace("\n", "\r") == text.replace("\n", "\r"), repr(text)


def test_numbers_and_dates_stay_typed(tmp_path):
    from openpyxl import load_workbook

    path = _workbook(tmp_path / "t.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 12.5 and sheet["B2"].data_type == "n"
    assert sheet["C2"].value.date() == date(2026, 11, 23)
    assert sheet["C2"].number_format == "DD.MM.YYYY"
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold


def soffice_csv(path: Path, out_dir: Path) -> list[list[str]]:
    soffice = soffice_with("calc")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{out_dir}/profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with open(out_dir / (path.stem + ".csv"), encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


@pytest.mark.skipif(soffice_with("calc") is None, reason="LibreOffice Calc is not installed")
def test_libreoffice_reads_the_same_values(tmp_path):
    path = _workbook(tmp_path / "t.xlsx")
    rows = soffice_csv(path, tmp_path)
    assert rows[0] == ["Текст", "Число", "Дата"]
    # shown as typed, not computed; a bare CR survives (written as _x000D_)
    assert [r[0] for r in rows[1:]] == HOSTILE
    assert {r[1] for r in rows[1:]} == {"12.5"}
    assert {r[2] for r in rows[1:]} == {"23.11.2026"}


def table_names(municipality: bool) -> list[str]:
    """The school's tables, or the municipality's (tests/municipality checks those)."""
    from app.tables import TABLES

    return sorted(
        t for t, spec in TABLES.items() if spec.startswith("app.municipality") == municipality
    )


@pytest.mark.skipif(soffice_with("calc") is None, reason="LibreOffice Calc is not installed")
@pytest.mark.parametrize("table", table_names(municipality=False))
def test_libreoffice_opens_every_school_export_with_the_same_values(demo, tmp_path, table):
    from app.tables import table_io

    path = table_io(table).export(demo.scope, tmp_path / f"{table}.xlsx", None)
    assert_second_reader_agrees(path, tmp_path)


def assert_second_reader_agrees(path: Path, tmp_path: Path, rows: int = 2) -> None:
    """LibreOffice shows every cell of ``path`` as openpyxl reads it (at least ``rows``
    rows, the header included)."""
    from openpyxl import load_workbook

    ours = [
        ["" if v is None else v for v in row]
        for row in load_workbook(path, data_only=True).active.iter_rows(values_only=True)
    ]
    theirs = soffice_csv(path, tmp_path)
    assert len(theirs) == len(ours) >= rows
    for mine, other in zip(ours, theirs, strict=True):
        for value, shown in zip(mine, other, strict=False):
            assert _as_text(value) == shown


def _as_text(value) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
