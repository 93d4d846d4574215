"""Every school report as an editable Word document: the same content as the PDF (one
Document, two renderers), real headings and tables, A4 with the PDF's margins, page numbers
as fields; read back with python-docx (and LibreOffice where it is installed)."""

from __future__ import annotations

import subprocess
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from app.academic_year import AcademicYear
from app.reports.context import ReportContext, school_info
from app.reports.document import DataTable, Heading, Para
from app.reports.kinds import SCHOOL_KINDS, build_report, report_document
from app.reports.output import write_document
from tests.conftest import DEMO_TODAY
from tests.reports.docxcheck import body_items, expected_texts, flat
from tests.reports.office import soffice_with
from tests.reports.pdfcheck import page_texts, pdf_text

Y2025 = AcademicYear(2024)  # a full year of the demo


def _document(installation, kind: str):
    scope = installation.scope
    ctx = ReportContext(scope, Y2025, school_info(scope), DEMO_TODAY)
    return report_document(ctx, kind)


@pytest.mark.parametrize("kind", SCHOOL_KINDS)
def test_word_document_says_what_the_document_says(demo, tmp_path, kind):
    document = _document(demo, kind)
    out = tmp_path / f"{kind}.docx"
    assert write_document(document, out) is None  # Word paginates it
    expected = [flat(t) for b in document.blocks for t in expected_texts(b, document.meta)]
    assert [flat(text) for _, text in body_items(out)] == expected
    # headings in Word's heading styles, in order, and nothing else in them
    headings = [(b.level, b.text) for b in document.blocks if isinstance(b, Heading)]
    found = [(s, t) for s, t in body_items(out) if s.startswith("Heading")]
    assert found == [(f"Heading {level}", text) for level, text in headings]
    assert headings, "every kind has headings"


@pytest.mark.parametrize("kind", SCHOOL_KINDS)
def test_word_and_pdf_share_headings_and_paragraphs(demo, tmp_path, kind):
    document = _document(demo, kind)
    write_document(document, tmp_path / "r.docx")
    write_document(document, tmp_path / "r.pdf")
    pdf = flat(pdf_text(tmp_path / "r.pdf"))
    word = {flat(text) for _, text in body_items(tmp_path / "r.docx")}
    for block in document.blocks:
        if isinstance(block, Heading | Para) and block.text.strip():
            assert flat(block.text) in pdf, block.text
            assert flat(block.text) in word, block.text


def test_tables_repeat_their_header_and_merge_group_rows(demo, tmp_path):
    out = tmp_path / "roadmap.docx"
    build_report(demo, out, "roadmap", Y2025, today=DEMO_TODAY)
    word = docx.Document(str(out))
    table = word.tables[-1]  # the roadmap (after the title block's key-value table)
    rows = table._tbl.findall(qn("w:tr"))
    header = rows[0].find(qn("w:trPr"))
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    assert all(r.find(qn("w:trPr")).find(qn("w:tblHeader")) is None for r in rows[1:])
    assert [c.text for c in table.rows[0].cells][:3] == [
        "№ п/п",
        "Период реализации",
        "Наименование мероприятия",
    ]
    group = rows[1]  # «Задача 1. …»: one cell over all six columns, bold
    cells = group.findall(qn("w:tc"))
    assert len(cells) == 1
    assert cells[0].find(qn("w:tcPr")).find(qn("w:gridSpan")).get(qn("w:val")) == "6"
    assert cells[0].xpath(".//w:t")[0].text.startswith("Задача 1. ")
    assert cells[0].xpath(".//w:r/w:rPr/w:b")
    assert len(rows[2].findall(qn("w:tc"))) == 6  # an activity: a cell per column


def test_numeric_columns_align_right(demo, tmp_path):
    document = _document(demo, "summary")
    table = next(b for b in document.blocks if isinstance(b, DataTable) and b.numeric)
    out = tmp_path / "s.docx"
    write_document(document, out)
    word = docx.Document(str(out))
    found = next(t for t in word.tables if t.rows[0].cells[0].text == table.header[0])
    row = found.rows[1]
    for column, cell in enumerate(row.cells):
        style = cell.paragraphs[0].style  # a style of its own, so an edited cell keeps it
        aligned = style.paragraph_format.alignment or WD_ALIGN_PARAGRAPH.LEFT
        right = column in table.numeric
        assert aligned == (WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT)
        assert style.name == ("Число в таблице" if right else "Текст таблицы")


def test_page_fonts_footer_and_properties(demo, tmp_path):
    out = tmp_path / "s.docx"
    result = build_report(demo, out, "summary", Y2025, today=DEMO_TODAY)
    assert result.pages is None
    word = docx.Document(str(out))
    section = word.sections[0]
    sizes = (section.page_width, section.page_height, section.left_margin)
    sizes += (section.right_margin, section.top_margin, section.bottom_margin)
    assert [round(size.mm, 1) for size in sizes] == [210, 297, 30, 15, 20, 20]  # A4, as the PDF
    assert word.styles["Normal"].font.name == "Times New Roman"
    assert word.styles["Heading 1"].font.name is None  # inherits Times New Roman
    # «стр. N из M»: PAGE and NUMPAGES fields in the footer of every page
    for footer in (section.footer, section.first_page_footer):
        codes = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
        assert codes == ["PAGE", "NUMPAGES"]
        assert footer.paragraphs[0].text.startswith("стр. ")
    # the running header (school, year) from page 2 on; the title page has none
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "Берёзовская ОШ\t2024-2025 учебный год"
    assert not section.first_page_header.paragraphs[0].text
    props = word.core_properties
    assert props.title == "Годовой отчёт для муниципалитета"
    assert props.author == "Ковалёва Ирина Петровна"
    assert props.comments == "" and props.language == "ru-RU"
    with zipfile.ZipFile(out) as package:
        assert "word/document.xml" in package.namelist()


def test_cli_writes_every_kind_as_docx(demo_folder, tmp_path, capsys):
    from app.cli import main

    for kind in SCHOOL_KINDS:
        out = tmp_path / f"{kind}.docx"
        args = ["report", "--data-dir", str(demo_folder.root), "--out", str(out)]
        args += ["--kind", kind, "--year", "2024-2025"]
        code = main(args, default_data_dir=None, open_gui=None)
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert captured.out.strip() == str(out)
        assert not out.with_name(out.name + ".part").exists()
        texts = [text for _, text in body_items(out)]
        assert texts[0] == (
            "Бланк самооценки: Рисковые профили школы (федеральная программа «500+») "
            "(версия 2021.1)"
            if kind == "blank-self-assessment"
            else {
                "summary": "Годовой отчёт для муниципалитета",
                "roadmap": "Дорожная карта",
                "partnership": "Сетевое партнёрство за год",
                "self-assessment": "Самооценка за год",
            }[kind]
        )


def test_other_suffixes_are_refused(demo, tmp_path):
    from app.errors import ValidationError

    out = tmp_path / "out"
    out.mkdir()
    for name in ("r.doc", "r.odt", "r"):
        with pytest.raises(ValidationError, match=r"\.pdf или \.docx"):
            build_report(demo, out / name, "summary", Y2025, today=DEMO_TODAY)
    assert list(out.iterdir()) == []


@pytest.mark.skipif(soffice_with("writer") is None, reason="LibreOffice Writer is not installed")
def test_libreoffice_opens_the_word_document(demo, tmp_path):
    out = tmp_path / "summary.docx"
    build_report(demo, out, "summary", Y2025, today=DEMO_TODAY)
    subprocess.run(
        [
            soffice_with("writer"),
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "converted"),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = [flat(p) for p in page_texts(tmp_path / "converted" / "summary.pdf")]
    assert len(pages) > 3
    text = " ".join(pages)
    for title in ("Годовой отчёт для муниципалитета", "Исполнение дорожной карты", "Выводы"):
        assert title in text, title
    # the fields are computed by the word processor: «стр. 2 из N» on page 2
    assert f"стр. 2 из {len(pages)}" in pages[1]
    # the roadmap header row repeated on the page the table runs onto
    assert sum("Наименование мероприятия" in page for page in pages) >= 2
