"""``report --school UUID`` and ``export-xlsx --school UUID`` at a municipality: any imported
school, read-only; the municipality's own tables (``schools``, ``consolidated-*``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from tests.municipality.district import District


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


def dump(folder: Path) -> list:
    with sqlite3.connect(folder / "perekhod.sqlite") as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]


def test_export_xlsx_of_an_imported_school(district: District, tmp_path, capsys):
    root = district.folder.root
    before = dump(root)
    out = tmp_path / "roadmap.xlsx"
    code = run("export-xlsx", "--data-dir", str(root), "--table", "roadmap", "--out", str(out),
               "--school", str(district.sosnovka))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 4  # the header and Сосновская's four activities
    assert dump(root) == before


def test_the_municipality_tables(district: District, tmp_path, capsys):
    root = str(district.folder.root)
    schools = tmp_path / "schools.xlsx"
    assert run("export-xlsx", "--data-dir", root, "--table", "schools", "--out", str(schools)) == 0
    names = [r[0] for r in load_workbook(schools).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["Берёзовская ООШ", "Озёрная НШ", "Сосновская СОШ"]
    roadmap = tmp_path / "roadmap.xlsx"
    code = run("export-xlsx", "--data-dir", root, "--table", "consolidated-roadmap",
               "--year", "2024-2025", "--out", str(roadmap))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    book = load_workbook(roadmap)
    assert book.sheetnames == ["Исполнение дорожных карт", "Причины невыполнения"]
    assert list(book.worksheets[1].iter_rows(min_row=2, values_only=True)) == [
        ("Кадровый дефицит", 2, 2),
        ("Финансирование", 1, 1),
    ]


def test_report_of_an_imported_school(district: District, tmp_path, capsys):
    root = district.folder.root
    before = dump(root)
    out = tmp_path / "berezovka.pdf"
    code = run("report", "--data-dir", str(root), "--out", str(out), "--year", "2024-2025",
               "--school", str(district.berezovka))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = "".join(page.extract_text() for page in PdfReader(out).pages[:2])
    assert "Берёзовская ООШ" in text
    assert dump(root) == before


def test_school_must_name_an_imported_school(district: District, tmp_path, capsys):
    root = str(district.folder.root)
    out = str(tmp_path / "x.xlsx")
    code = run("export-xlsx", "--data-dir", root, "--table", "roadmap", "--out", out,
               "--school", "00000000-0000-0000-0000-000000000001")  # fmt: skip
    assert code == 1
    assert "нет среди загруженных" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        run("export-xlsx", "--data-dir", root, "--table", "roadmap", "--out", out,
            "--school", "берёзовская")  # fmt: skip
    assert usage.value.code == 2
    assert "UUID" in capsys.readouterr().err


def test_school_option_is_for_a_municipality(school, tmp_path, capsys):
    code = run("report", "--data-dir", str(school.folder.root), "--out", str(tmp_path / "a.pdf"),
               "--school", str(school.scope.school_id))  # fmt: skip
    assert code == 1
    assert "только в установке муниципалитета" in capsys.readouterr().err
    code = run("export-xlsx", "--data-dir", str(school.folder.root), "--table", "schools",
               "--out", str(tmp_path / "s.xlsx"))  # fmt: skip
    assert code == 1
    assert "только в установке муниципалитета" in capsys.readouterr().err
