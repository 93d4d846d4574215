"""reportlab's private API that app/reports/engine.py relies on still works.

The engine swaps the canvas's document class (``canvas._doc.__class__``) to compress font
streams faster, and replays saved page states (``_startPage``, ``_pageNumber``) to stamp
«стр. N из M». pyproject.toml caps reportlab at the tested major; an upgrade that changes
these internals must fail here rather than print broken PDFs.
"""

from __future__ import annotations

import zlib

from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from app.reports import engine
from app.reports.engine import ReportMeta, build_pdf, heading, para
from tests.reports.pdfcheck import flat, fonts_of, page_texts

META = ReportMeta(title="Проверка", school="МБОУ «Сосновская СОШ»", year="2025-2026 учебный год")
PARAGRAPH = "Школа выполняет программу перехода в эффективный режим работы. " * 12


def story(pages_worth: int):
    flowables = [heading("Проверка нумерации страниц")]
    flowables += [para(PARAGRAPH) for _ in range(pages_worth * 6)]
    return flowables


def test_private_names_the_engine_uses_exist():
    assert issubclass(pdfdoc.PDFStreamFilterZCompress, object)
    assert isinstance(pdfdoc.PDFZCompress, pdfdoc.PDFStreamFilterZCompress)
    assert callable(pdfdoc.PDFDocument.format)
    for name in ("_startPage", "showPage", "save"):
        assert hasattr(Canvas, name), name
    canvas = Canvas("/dev/null")
    assert isinstance(canvas._doc, pdfdoc.PDFDocument)
    assert canvas._pageNumber == 1


def test_pages_numbered_n_of_m(tmp_path):
    path = tmp_path / "report.pdf"
    total = build_pdf(path, META, story(4))
    texts = [flat(t) for t in page_texts(path)]
    assert total == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"стр. {number} из {total}" in text
    # the running header from page 2 on, and the body text survives the replay
    assert all("Сосновская СОШ" in text for text in texts[1:])
    assert "Сосновская СОШ" not in texts[0].split("Проверка нумерации")[0]
    assert "программу перехода" in texts[-1]


def test_document_class_swapped_and_fonts_embedded(tmp_path, monkeypatch):
    formatted = []
    original = engine._FastDocument.format

    def spy(self):
        formatted.append(type(self))
        return original(self)

    monkeypatch.setattr(engine._FastDocument, "format", spy)
    path = tmp_path / "report.pdf"
    build_pdf(path, META, story(1))
    assert formatted == [engine._FastDocument]
    used = fonts_of(path)
    assert used and all(used.values()), used  # every font embedded (PT Serif / PT Sans)


def test_font_streams_still_flate_and_readable(tmp_path):
    """The swapped filter writes ordinary /FlateDecode streams any reader opens."""
    path = tmp_path / "report.pdf"
    build_pdf(path, META, story(1))
    reader = PdfReader(str(path))
    font_files = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        font_files.append(descriptor["/FontFile2"].get_object())
    assert font_files
    for stream in font_files:
        assert stream["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
        zlib.decompress(stream._data)  # raw data is a valid zlib stream
        assert stream.get_data()[:4] in (b"\x00\x01\x00\x00", b"true")  # a TrueType file
