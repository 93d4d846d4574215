"""A :class:`~app.reports.document.Document` as an editable Word document (python-docx).

The same blocks as the PDF, in Word's own terms: headings in «Heading 1/2» styles, tables
as real tables whose header row repeats on every page (``w:tblHeader``), group rows merged
across the table in bold, numeric columns aligned right; a chart becomes the table of its
figures (or a short note). The body is written as WordprocessingML text and parsed once —
python-docx's ``add_paragraph``/``add_table`` (a Python object per element) cost too much
for reports of thousands of rows — and python-docx packs the file (its default template
gives the parts a .docx needs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import tostring

from app.reports import texts
from app.reports.document import (
    Block,
    Bullets,
    Chart,
    ChartGrid,
    DataTable,
    Document,
    Gap,
    Heading,
    KeyValues,
    Numbered,
    PageBreak,
    Para,
)
from app.reports.docx_styles import GROUP_GREY, HEADER_GREY, LINE_GREY, TEXT_TWIPS, prepare
from app.reports.docx_styles import TWIPS_PER_MM as MM

# The document's paragraph styles by Word style id (app/reports/docx_styles.py).
PARA_STYLES = {
    "body": "BodyText",
    "title": "Title",
    "subtitle": "Subtitle",
    "small": "Note",
    "caption": "Caption",
    "center": "Centered",
    "right": "RightBlock",
    "header": "Letterhead",
    "signature": "SignatureLine",
}
AFTER_TABLE = 80  # twips (4 pt) between a table and the paragraph under it
# Characters XML 1.0 does not allow (text pasted from elsewhere may carry them); \r too.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")


def render_docx(document: Document, path: Path) -> None:
    """Write ``document`` to ``path`` as a .docx file."""
    word = docx.Document()
    prepare(word, document.meta)
    writer = _Writer()
    for block in document.blocks:
        writer.add(block)
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    # The whole part parsed once with the body in it: moving parsed elements into the
    # template's tree costs lxml far more than parsing them (seconds for a long table).
    xml = tostring(word.element, encoding="unicode")
    start = xml.index("<w:body>") + len("<w:body>")
    word.part._element = parse_xml(xml[:start] + writer.finish() + xml[start:])
    word.save(str(path))


def _run(text: str, bold: bool = False) -> str:
    """A run of ``text``: lines as breaks (``w:br``), tabs as ``w:tab``; "" for no text."""
    text = _NOT_XML.sub("", text)
    if not text:
        return ""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in safe or "\t" in safe:
        safe = safe.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        safe = safe.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{safe}</w:t></w:r>'


def _cell(width: int, text: str, style: str, extra: str = "", bold: bool = False) -> str:
    """A table cell: ``extra`` is what its properties add (a span, a shade) after its width."""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{_run(text, bold)}</w:p></w:tc>'
    )


class _Writer:
    """The body's paragraphs and tables as WordprocessingML; a gap or a page break waits
    for the next paragraph (its spacing before, «page break before»), so no empty
    paragraphs are left for a person to delete."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.gap = 0  # twips
        self.page_break = False
        self.after_table = False

    def add(self, block: Block) -> None:
        match block:
            case Para(text, style):
                self.paragraph(text, PARA_STYLES[style])
            case Heading(text, level):
                self.paragraph(text, "Heading1" if level <= 1 else "Heading2")
            case Bullets(lines):
                for line in lines:
                    self.paragraph(line, "ListBullet")
            case Numbered(items):
                for label, text in items:
                    self.paragraph(f"{label}\t{text}", "NumberedItem")
            case Gap(height):
                self.gap += round(height * MM)
            case PageBreak():
                self.page_break, self.gap = True, 0
            case DataTable(header, rows, widths, numeric, groups):
                self.table(header, rows, widths, frozenset(numeric), frozenset(groups))
            case KeyValues(rows, share):
                self.key_values(rows, share)
            case Chart(title, _draw, _height, fallback):
                self.paragraph(title, "Caption", keep_next=fallback is not None)
                self.figures(fallback, (title,))
            case ChartGrid(charts, _columns, fallback):
                self.figures(fallback, tuple(chart.title for chart in charts))
            case _:
                raise TypeError(f"not a document block: {block!r}")

    def finish(self) -> str:
        if self.after_table or not self.parts:  # Word wants a paragraph after a last table
            self.parts.append("<w:p/>")
        return "".join(self.parts)

    def figures(self, fallback: DataTable | None, titles: Sequence[str]) -> None:
        if fallback is not None:
            self.add(fallback)
            return
        for title in titles:
            self.paragraph(texts.CHART_IN_PDF.format(title=title), "Note")

    def paragraph(self, text: str, style: str, keep_next: bool = False) -> None:
        if self.after_table and not self.gap and not style.startswith("Heading"):
            self.gap = AFTER_TABLE  # text right under a table's last line reads as its cell
        props = f'<w:pStyle w:val="{style}"/>' + ("<w:keepNext/>" if keep_next else "")
        self.parts.append(f"<w:p><w:pPr>{props}{self._pending()}</w:pPr>{_run(text)}</w:p>")
        self.after_table = False

    def _pending(self, line: str = "") -> str:
        """The page break and gap waiting for this paragraph, as its properties."""
        props = "<w:pageBreakBefore/>" if self.page_break else ""
        if self.gap or line:
            props += f'<w:spacing w:before="{self.gap}"{line}/>'
        self.page_break, self.gap = False, 0
        return props

    def _before_table(self) -> None:
        """A gap or page break before a table, or a table right after another (Word would
        join them), takes a paragraph one point high."""
        if self.gap or self.page_break or self.after_table:
            line = ' w:after="0" w:line="20" w:lineRule="exact"'
            self.parts.append(f"<w:p><w:pPr>{self._pending(line)}</w:pPr></w:p>")

    def _grid(self, widths: Sequence[float], borders: str | None = None) -> list[int]:
        """Open a table (``borders``: the edges drawn, all by default); its column widths."""
        self._before_table()
        total = float(sum(widths)) or 1.0
        cols = [round(TEXT_TWIPS * w / total) for w in widths]
        edges = ""
        if borders is not None:
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
                kind = "single" if edge in borders.split() else "nil"
                edges += f'<w:{edge} w:val="{kind}" w:sz="4" w:space="0" w:color="{LINE_GREY}"/>'
            edges = f"<w:tblBorders>{edges}</w:tblBorders>"
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in cols)
        self.parts.append(
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(cols)}" w:type="dxa"/>{edges}<w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
            '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        )
        return cols

    def _end_table(self) -> None:
        self.parts.append("</w:tbl>")
        self.after_table = True

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        numeric: frozenset[int],
        groups: frozenset[int],
    ) -> None:
        cols = self._grid(widths)
        shaded = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_GREY}"/>'
        middle = shaded + '<w:vAlign w:val="center"/>'
        # repeated atop every page the table runs onto; a row stays on one page, as in the PDF
        cells = "".join(
            _cell(width, text, "TableHeading", middle)
            for text, width in zip(header, cols, strict=False)
        )
        parts = [f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>"]
        styles = ["TableNumber" if c in numeric else "TableText" for c in range(len(cols))]
        group = (
            f'<w:tc><w:tcPr><w:tcW w:w="{sum(cols)}" w:type="dxa"/>'
            f'<w:gridSpan w:val="{len(cols)}"/>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{GROUP_GREY}"/></w:tcPr>'
            '<w:p><w:pPr><w:pStyle w:val="TableText"/><w:keepNext/></w:pPr>'
        )
        width = len(cols)
        for index, row in enumerate(rows):
            if index in groups:  # «Задача 1. …» across the table, kept with its first row
                cells = f"{group}{_run(row[0] if row else '', bold=True)}</w:p></w:tc>"
            else:
                padded = [*row[:width], *[""] * (width - len(row))]
                cells = "".join(map(_cell, cols, padded, styles))
            parts.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
        self.parts.append("".join(parts))
        self._end_table()

    def key_values(self, rows: Sequence[tuple[str, str]], share: float) -> None:
        cols = self._grid((share, 1 - share), borders="bottom insideH")
        for label, value in rows:
            label_cell = _cell(cols[0], label, "TableText", bold=True)
            self.parts.append(f"<w:tr>{label_cell}{_cell(cols[1], value, 'TableText')}</w:tr>")
        self._end_table()
