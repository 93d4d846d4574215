"""A long table is handed to reportlab in chunks: every row printed once, in order, the
header on every page, and a group title still kept with the row after it."""

from __future__ import annotations

import re

from app.reports import pdf_tables
from app.reports.engine import ReportMeta, build_pdf
from app.reports.pdf_tables import data_table
from tests.reports.pdfcheck import flat, pdf_text

ROWS = 650  # over three chunks of 200


def _rows() -> list[tuple[str, str, str]]:
    return [(str(n), f"Мероприятие №{n}.", "выполнено") for n in range(1, ROWS + 1)]


def test_every_row_once_in_order_with_the_header_on_each_page(tmp_path):
    path = tmp_path / "long.pdf"
    table = data_table(("№", "Что", "Итог"), _rows(), (1, 5, 2))
    pages = build_pdf(path, ReportMeta("Таблица", "Школа"), [table])
    text = flat(pdf_text(path))
    numbers = [int(n) for n in re.findall(r"Мероприятие №(\d+)\.", text)]
    assert numbers == list(range(1, ROWS + 1))
    assert text.count("Итог") == pages
    # 650 one-line rows of 16.5 pt on a page of ~45 rows
    assert 12 <= pages <= 16


def test_chunked_and_whole_tables_print_the_same_pages(tmp_path, monkeypatch):
    rows = _rows()
    groups = (0, 199, 200, 401)  # titles at and around the chunk edges
    for at in groups:
        rows[at] = (f"Задача {at}. Группа", "", "")
    header = ("№", "Что", "Итог")
    chunked = tmp_path / "chunked.pdf"
    pages = build_pdf(
        chunked, ReportMeta("Т", "Ш"), [data_table(header, rows, (1, 5, 2), (), groups)]
    )
    monkeypatch.setattr(pdf_tables, "CHUNK_ROWS", 10**6)
    whole = tmp_path / "whole.pdf"
    same = build_pdf(whole, ReportMeta("Т", "Ш"), [data_table(header, rows, (1, 5, 2), (), groups)])
    assert pages == same
    assert pdf_text(chunked) == pdf_text(whole)
