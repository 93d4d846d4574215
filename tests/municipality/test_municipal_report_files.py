"""The municipal report as files: `perekhod report` at a municipality writes the order and
analytical report as a PDF and as a Word document with the same content (seed 002's
structure), read back with pypdf and python-docx; the Word file opens in LibreOffice
Writer where it is installed."""

from __future__ import annotations

import subprocess

import pytest

from app.academic_year import AcademicYear
from app.cli import main
from app.installation import open_installation
from app.municipality.report import build_municipal_document
from app.reports.document import Heading
from tests.municipality.test_municipal_report import SEED_DEGREES, TODAY, Y20, district  # noqa: F401
from tests.reports.docxcheck import body_items, expected_texts, flat
from tests.reports.office import soffice_with
from tests.reports.pdfcheck import pdf_text


def run(*argv: object) -> int:
    return main([str(a) for a in argv], default_data_dir=None, open_gui=None)


@pytest.fixture(scope="module")
def files(district, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("municipal")
    pdf, word = out / "справка.pdf", out / "справка.docx"
    for path in (pdf, word):
        assert run("report", "--data-dir", district.root, "--out", path, "--year", "2020-2021") == 0
    office = open_installation(district)
    try:
        document = build_municipal_document(office.scope, Y20, TODAY)
    finally:
        office.close()
    return pdf, word, document


def test_the_pdf_reads_like_seed_002(files):
    pdf, _word, _document = files
    text = flat(pdf_text(pdf))
    for words in (
        "РАСПОРЯЖЕНИЕ",
        "ОБЯЗЫВАЮ:",
        "Аналитическая справка по итогам реализации проекта",
        "Степень достижения запланированных результатов проекта",
        "Достаточность муниципальных ресурсов",
        "Задача школьного проекта",
        "Муниципальные ресурсы",
        "РАССЫЛКА",
    ):
        assert words in text, words
    for degree in set(SEED_DEGREES):
        assert degree in text, degree


def test_the_word_document_holds_the_same_content_with_real_headings(files):
    _pdf, word, document = files
    items = body_items(word)
    shown = " ".join(flat(text) for _style, text in items)
    for block in document.blocks:
        for text in expected_texts(block, document.meta):
            assert flat(text) in shown, text
    headings = {flat(b.text) for b in document.blocks if isinstance(b, Heading)}
    styled = {flat(text) for style, text in items if style.startswith("Heading")}
    assert headings and headings <= styled
    cells = [text for style, text in items if style == "cell"]
    assert "Задача школьного проекта" in cells and "Степень достижения" in " ".join(cells)


def test_the_year_defaults_to_the_one_due_and_a_past_year_stays_the_same(district, tmp_path):  # noqa: F811
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert run("report", "--data-dir", district.root, "--out", first, "--year", "2021-2022") == 0
    assert run("report", "--data-dir", district.root, "--out", second, "--year", "2021-2022") == 0
    assert pdf_text(first) == pdf_text(second)
    assert AcademicYear(2021).__str__() in pdf_text(first)


@pytest.mark.skipif(soffice_with("writer") is None, reason="LibreOffice Writer is not installed")
def test_libreoffice_writer_opens_the_word_document(files, tmp_path):
    _pdf, word, _document = files
    subprocess.run(
        [
            soffice_with("writer"),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(word),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = tmp_path / (word.stem + ".pdf")
    assert "ОБЯЗЫВАЮ" in pdf_text(converted)
