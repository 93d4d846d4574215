"""Both renderers on a hand-made document with every kind of block, including those of an
order (распоряжение): letterhead, signature lines, a block at the right, no running header."""

from __future__ import annotations

import itertools

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from app.reports.document import (
    Chart,
    ChartGrid,
    Document,
    DocumentMeta,
    Gap,
    PageBreak,
    Para,
    bullets,
    data_table,
    heading,
    key_values,
    numbered,
    para,
    signature,
)
from app.reports.output import write_document
from tests.reports.docxcheck import body_items, expected_texts, flat
from tests.reports.pdfcheck import fonts_of, page_texts


def _bars(width: float):
    from app.reports import charts

    return charts.bars("Участники по годам", ["2023-2024", "2024-2025"], [("все", [3, 5])])


FIGURES = data_table(("Учебный год", "все"), [("2023-2024", "3"), ("2024-2025", "5")], (1, 1))


def _document(running_header: bool = True) -> Document:
    meta = DocumentMeta(
        title="Распоряжение",
        organisation="Управление образования Заречного района",
        year="2024-2025 учебный год",
        author="Смирнова А. В.",
        running_header=running_header,
    )
    return Document(meta).add(
        para("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА", "header"),
        Gap(4),
        para("РАСПОРЯЖЕНИЕ", "title"),
        signature("«___» ________ 2025 г.", "№ ____"),
        para("Об утверждении аналитической справки", "center"),
        para("Приложение\nк распоряжению\nот «___» ________ 2025 г. № ____", "right"),
        heading("1. Степень достижения"),
        para("Текст с символами, которых нет в XML:\x0b\x01 и дальше.\r"),
        numbered([(1, "Утвердить справку."), ("2)", "Довести до сведения.")]),
        bullets(["первое", "второе"]),
        heading("Таблица", 2),
        data_table(
            ("№", "Задача", "Ресурсы"),
            [("Школа № 1",), ("1", "Наставничество", "ММО\nКПК"), ("2", "Партнёрство", "")],
            (1, 4, 3),
            numeric=(0,),
            groups=(0,),
        ),
        key_values([("Исполнитель", "Смирнова А. В."), ("Телефон", "+7 (48533) 4-12-07")]),
        Chart("Участники по годам", _bars, 60, FIGURES),
        Chart("Без таблицы", _bars, 60),
        ChartGrid((Chart("Малый", _bars, 40),), 2, None, "Как читать"),
        PageBreak(),
        data_table(("А", "Б"), [("1", "2")], (1, 1)),
        Gap(8),
        signature("Начальник управления\nобразования", "А. В. Смирнова"),
        Para("Рассылка: в дело", "small"),
        para("Подпись к диаграмме", "caption"),
    )


def test_docx_has_every_block_in_order(tmp_path):
    document = _document()
    out = tmp_path / "order.docx"
    write_document(document, out)
    items = body_items(out)
    expected = [t for b in document.blocks for t in expected_texts(b, document.meta)]
    cleaned = [flat(t.replace("\x0b", "").replace("\x01", "")) for t in expected]
    assert [flat(text) for _, text in items] == cleaned
    styles = dict((flat(t), s) for s, t in items)
    assert styles["1. Степень достижения"] == "Heading 1"
    assert styles["Таблица"] == "Heading 2"
    assert styles["первое"] == "List Bullet"
    assert styles["РАСПОРЯЖЕНИЕ"] == "Title"


def test_docx_line_breaks_tabs_and_signature(tmp_path):
    out = tmp_path / "order.docx"
    write_document(_document(), out)
    word = docx.Document(str(out))
    by_text = {p.text: p for p in word.paragraphs}
    sign = by_text["Начальник управления\nобразования\tА. В. Смирнова"]
    stops = sign.style.paragraph_format.tab_stops
    assert [s.alignment for s in stops] == [WD_TAB_ALIGNMENT.RIGHT]
    assert round(stops[0].position.mm) == 165  # the right margin: 210 − 30 − 15
    assert "Приложение\nк распоряжению\nот «___» ________ 2025 г. № ____" in by_text
    assert by_text["1.\tУтвердить справку."].style.name == "Пункт нумерованного списка"
    assert "2)\tДовести до сведения." in by_text
    # the gap before the second signature is its spacing, not an empty paragraph
    spacing = sign._p.find(qn("w:pPr")).find(qn("w:spacing"))
    assert spacing is not None and int(spacing.get(qn("w:before"))) == round(8 * 1440 / 25.4)
    assert all(p.text.strip() or p._p.find(qn("w:pPr")) is not None for p in word.paragraphs)
    # lines ending in a break are not stretched in justified text (signature blocks)
    compat = word.settings.element.find(qn("w:compat"))
    assert compat.find(qn("w:doNotExpandShiftReturn")) is not None


def test_docx_page_break_before_a_table_and_tables_kept_apart(tmp_path):
    out = tmp_path / "order.docx"
    write_document(_document(), out)
    body = list(docx.Document(str(out)).element.body.iterchildren())
    tags = [child.tag.split("}")[1] for child in body]
    # no two tables touch (Word would join them)
    assert all(not (a == b == "tbl") for a, b in itertools.pairwise(tags))
    last_table = max(i for i, tag in enumerate(tags) if tag == "tbl")
    spacer = body[last_table - 1]
    assert spacer.find(qn("w:pPr")).find(qn("w:pageBreakBefore")) is not None
    assert tags[-2:] == ["p", "sectPr"]


@pytest.mark.parametrize("running_header", (True, False))
def test_running_header_only_when_asked(tmp_path, running_header):
    document = _document(running_header)
    pdf, word = tmp_path / "o.pdf", tmp_path / "o.docx"
    pages = write_document(document, pdf)
    write_document(document, word)
    texts = page_texts(pdf)
    assert pages == len(texts) >= 2
    assert ("Управление образования Заречного района" in texts[1]) is running_header
    assert f"стр. 2 из {pages}" in texts[1]  # page numbers either way
    section = docx.Document(str(word)).sections[0]
    assert section.different_first_page_header_footer is running_header
    if running_header:
        assert section.header.paragraphs[0].text == (
            "Управление образования Заречного района\t2024-2025 учебный год"
        )
    else:
        assert section.header.is_linked_to_previous  # no header part at all
    assert all(fonts_of(pdf).values())


def test_pdf_prints_every_block(tmp_path):
    out = tmp_path / "order.pdf"
    write_document(_document(), out)
    text = flat(" ".join(page_texts(out)))
    for expected in (
        "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА",
        "РАСПОРЯЖЕНИЕ",
        "«___» ________ 2025 г. № ____",
        "Приложение к распоряжению",
        "1. Утвердить справку.",
        "2) Довести до сведения.",
        "• первое",
        "Школа № 1",
        "Исполнитель Смирнова А. В.",
        "Участники по годам",
        "Как читать",
        "Начальник управления образования А. В. Смирнова",
        "Рассылка: в дело",
    ):
        assert expected in text, expected
