"""The PDF engine: A4 page, running header and «стр. N из M» footer, styles, tables.

Built on reportlab platypus. Reports describe their content as a renderer-independent
``app.reports.document.Document``; ``app.reports.render_pdf`` turns its blocks into
flowables with :func:`para`, :func:`heading`, :func:`data_table` and the rest here, and
:func:`build_pdf` lays them out (the Word renderer is ``app.reports.render_docx``).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from app.reports import fonts, texts
from app.reports.format import markup
from app.reports.keeping import LEAD_ROWS_ATTR, guard_headings

PAGE_WIDTH, PAGE_HEIGHT = A4
# Russian office document margins (ГОСТ Р 7.0.97: left 30 mm, right ≥ 10 mm, top/bottom 20 mm).
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
HEADER_GREY = colors.HexColor("#E8ECF2")
GRID_GREY = colors.HexColor("#7A7F88")
GROUP_GREY = colors.HexColor("#F3F5F8")


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What the running header shows and the PDF metadata holds."""

    title: str
    school: str
    year: str = ""  # «2024-2025 учебный год» or empty
    author: str = ""
    running_header: bool = True  # the school and year atop every page after the first


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report (PT Serif text, PT Sans tables)."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.SERIF,
        fontSize=11,
        leading=14.5,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        firstLineIndent=0,
        bulletFontName=fonts.SERIF,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.SERIF_BOLD,
            fontSize=16,
            leading=20,
            alignment=TA_CENTER,
            spaceAfter=10,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=12
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.SERIF_BOLD,
            fontSize=13.5,
            leading=17,
            alignment=TA_LEFT,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=0,  # keeping.KeepRoom keeps it with the start of what follows
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.SERIF_BOLD,
            fontSize=11.5,
            leading=14.5,
            alignment=TA_LEFT,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=0,  # keeping.KeepRoom keeps it with the start of what follows
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4),
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=18, bulletIndent=2),
        "note": ParagraphStyle(
            "note", parent=body, fontName=fonts.SERIF_ITALIC, fontSize=10, leading=13
        ),
        "cell": ParagraphStyle(
            "cell", fontName=fonts.SANS, fontSize=9, leading=11, alignment=TA_LEFT
        ),
        "cell_head": ParagraphStyle(
            "cell_head", fontName=fonts.SANS_BOLD, fontSize=9, leading=11, alignment=TA_CENTER
        ),
        "caption": ParagraphStyle(
            "caption",
            fontName=fonts.SANS,
            fontSize=9,
            leading=11,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        # a block at the right half of the page («Приложение к распоряжению …»)
        "right": ParagraphStyle(
            "right", parent=body, alignment=TA_LEFT, leftIndent=FRAME_WIDTH / 2
        ),
        "header": ParagraphStyle(
            "header",
            parent=body,
            fontName=fonts.SERIF_BOLD,
            fontSize=12,
            leading=15,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        "signature": ParagraphStyle("signature", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "signature_right": ParagraphStyle(
            "signature_right", parent=body, alignment=TA_RIGHT, spaceAfter=0
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (escaped) text."""
    return Paragraph(markup(text), styles()[style])


def paragraphs(text: str) -> list[Paragraph]:
    """Free text the director typed: one paragraph per non-empty line."""
    return [para(line.strip()) for line in text.splitlines() if line.strip()]


def heading(text: str, level: int = 1) -> Paragraph:
    return para(text, "h1" if level == 1 else "h2")


def bullets(lines: Sequence[str]) -> list[Flowable]:
    return [Paragraph(markup(line), styles()["bullet"], bulletText="•") for line in lines]


def numbered(items: Sequence[tuple[int | str, str]]) -> list[Flowable]:
    """A numbered list: «1.» hangs in the margin once, the text wraps beside it (a label
    given as text is printed as it is)."""
    style = styles()["numbered"]
    return [
        Paragraph(markup(text), style, bulletText=f"{n}." if isinstance(n, int) else n)
        for n, text in items
    ]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    groups: Sequence[int] = (),
) -> Table:
    """A gridded table of wrapped text that splits across pages repeating its header row.

    ``widths`` are shares of the text width (they are normalised); ``numeric`` lists the
    columns aligned right; ``groups`` lists the rows (indices into ``rows``) that are group
    titles («Задача 1. …»): their first cell spans the table, set bold, and stays on the page
    of the row that follows it.
    """
    fonts.register_fonts()
    total = float(sum(widths))
    col_widths = [FRAME_WIDTH * w / total for w in widths]
    data = [[_wrap(h, w, fonts.SANS_BOLD) for h, w in zip(header, col_widths, strict=True)]]
    for index, row in enumerate(rows):
        if index in groups:
            data.append([_wrap(row[0], FRAME_WIDTH, fonts.SANS_BOLD)] + [""] * (len(widths) - 1))
        else:
            data.append([_wrap(v, col_widths[i]) for i, v in enumerate(row)])
    return _table(_Rows(data, col_widths, tuple(numeric), frozenset(groups)))


# reportlab measures and copies a whole table on every page it splits (quadratic in its
# length): a long table is handed over this many rows at a time — never less than a page.
CHUNK_ROWS = 200


@dataclass(frozen=True, slots=True)
class _Rows:
    """A data table's wrapped cells (header first) and its layout, before any Table."""

    data: list[list[str]]
    col_widths: list[float]
    numeric: tuple[int, ...]
    groups: frozenset[int]  # indices of data rows after the header

    def after(self, done: int) -> _Rows:
        """The header and the rows left once ``done`` data rows are on earlier pages."""
        groups = frozenset(g - done for g in self.groups if g >= done)
        return _Rows([self.data[0], *self.data[1 + done :]], self.col_widths, self.numeric, groups)


class _ChunkedTable(Table):
    """The first :data:`CHUNK_ROWS` rows of a long table; splitting it hands the rows not
    yet placed on to a new table, so each page measures at most one chunk."""

    rest: _Rows | None = None  # None on the pieces reportlab's own split makes

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if self.rest is None or len(parts) != 2:
            return parts
        done = len(parts[0]._cellvalues) - 1  # its data rows, the header row aside
        return [parts[0], _table(self.rest.after(done))]


def _table(rows: _Rows) -> Table:
    count = len(rows.data) - 1
    if count > CHUNK_ROWS:
        head = _Rows(
            rows.data[: CHUNK_ROWS + 1],
            rows.col_widths,
            rows.numeric,
            frozenset(g for g in rows.groups if g < CHUNK_ROWS),
        )
        table = _styled(head, _ChunkedTable)
        table.rest = rows
        return table
    return _styled(rows, Table)


def _styled(rows: _Rows, kind: type[Table]) -> Table:
    data, groups = rows.data, sorted(rows.groups)
    cells = [[_Cell("") for _ in rows.col_widths] for _ in data]
    table = kind(data, colWidths=rows.col_widths, repeatRows=1, hAlign="LEFT", cellStyles=cells)
    extra = [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in rows.numeric]
    for index in groups:
        at = index + 1  # after the header row
        extra += [
            ("SPAN", (0, at), (-1, at)),
            ("ALIGN", (0, at), (-1, at), "LEFT"),
            ("FONTNAME", (0, at), (-1, at), fonts.SANS_BOLD),
            ("BACKGROUND", (0, at), (-1, at), GROUP_GREY),
            ("NOSPLIT", (0, at), (-1, min(at + 1, len(data) - 1))),
        ]
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), fonts.SANS_BOLD),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
                *extra,
            ]
        )
    )
    # a heading above keeps the header, a first group title and its first row with it
    setattr(table, LEAD_ROWS_ATTR, 3 if 0 in groups else 2)
    return table


class _Cell(CellStyle):
    """A data-table cell's defaults (PT Sans 9/11, small padding, top-aligned), given to
    every cell at creation instead of style commands that walk all cells one by one."""

    fontname = fonts.SANS
    fontsize = 9
    leading = 11
    topPadding = 2.5
    bottomPadding = 3
    leftPadding = 3
    rightPadding = 3
    valign = "TOP"


def _wrap(value: object, width: float, font: str = fonts.SANS) -> str:
    """The cell's text broken into lines that fit ``width`` at 9 pt.

    Plain multi-line strings render about ten times faster than Paragraphs, and a report
    prints hundreds of cells. Lines break between words as reportlab's ``simpleSplit`` does
    (a word wider than the cell stays whole), with word widths cached.
    """
    text = "" if value is None else str(value)
    room = width - 6.5
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        if stringWidth(line, font, 9) <= room:
            lines.append(line)
        else:
            lines += _split(line, font, room)
    return "\n".join(lines)


def _split(line: str, font: str, room: float) -> list[str]:
    space = _width(" ", font)
    lines: list[str] = []
    current, used = "", 0.0
    for word, glued in _tokens(line, font, room):
        size = _width(word, font)
        gap = 0.0 if glued or not current else space
        if not current or used + gap + size <= room:
            current += (" " if gap else "") + word
            used += gap + size
        else:
            lines.append(current)
            current, used = word, size
    return [*lines, current]


def _tokens(line: str, font: str, room: float) -> list[tuple[str, bool]]:
    """Words; one too wide for the cell is cut after its hyphens («школой-|партнёром»),
    the pieces glued (no space) when they share a line."""
    tokens: list[tuple[str, bool]] = []
    for word in line.split():
        if "-" in word[1:-1] and _width(word, font) > room:
            pieces = re.split(r"(?<=-)(?=.)", word)
            tokens += [(pieces[0], False), *((p, True) for p in pieces[1:])]
        else:
            tokens.append((word, False))
    return tokens


@lru_cache(maxsize=50_000)
def _width(text: str, font: str) -> float:
    """Width of a word at the 9 pt of table cells (a report repeats its words a lot)."""
    return stringWidth(text, font, 9)


def key_value_table(rows: Sequence[tuple[str, str]], label_share: float = 0.35) -> Table:
    """Two columns without a header: a bold label and its value."""
    st = styles()
    bold = ParagraphStyle("cell_label", parent=st["cell"], fontName=fonts.SANS_BOLD, fontSize=10)
    value = ParagraphStyle("cell_value", parent=st["cell"], fontSize=10, leading=12.5)
    data = [[Paragraph(markup(k), bold), Paragraph(markup(v), value)] for k, v in rows]
    table = Table(
        data,
        colWidths=[FRAME_WIDTH * label_share, FRAME_WIDTH * (1 - label_share)],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


class _FastFlate(pdfdoc.PDFStreamFilterZCompress):
    """Flate at level 1: the embedded font subsets (50–80 KB each, five per report) compress
    three times faster than at the default level 6 for files about 5 % larger."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


_FAST_FLATE = _FastFlate()


class _FastDocument(pdfdoc.PDFDocument):
    """Our reports' PDF document: streams made before formatting (the font subsets and their
    ToUnicode maps) are compressed with :data:`_FAST_FLATE`."""

    def format(self) -> bytes:
        for obj in self.idToObject.values():
            filters = getattr(obj, "filters", None)
            if filters:
                obj.filters = [_FAST_FLATE if f is pdfdoc.PDFZCompress else f for f in filters]
        return super().format()


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    """A canvas that remembers its pages and stamps header and «стр. N из M» at the end."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._doc.__class__ = _FastDocument
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, meta, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _decorate(canvas: Canvas, meta: ReportMeta, page: int, total: int) -> None:
    canvas.saveState()
    canvas.setFont(fonts.SANS, 8.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    top = PAGE_HEIGHT - TOP + 6 * mm
    if page > 1 and meta.running_header:
        canvas.drawString(LEFT, top, meta.school[:90])
        canvas.drawRightString(PAGE_WIDTH - RIGHT, top, meta.year)
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT, top - 2, PAGE_WIDTH - RIGHT, top - 2)
    canvas.drawCentredString(
        LEFT + FRAME_WIDTH / 2, BOTTOM - 9 * mm, texts.PAGE_OF.format(page=page, total=total)
    )
    canvas.restoreState()


def build_pdf(path: Path, meta: ReportMeta, story: list[Flowable]) -> int:
    """Render ``story`` to ``path``; returns the number of pages."""
    fonts.register_fonts()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=meta.title,
        author=meta.author or meta.school,
        subject=meta.year,
        creator="Переход",
        initialFontName=fonts.SERIF,
        initialFontSize=11,
        initialLeading=14.5,
    )
    doc.build(guard_headings(story) or [para("")], canvasmaker=_numbered_canvas(meta))
    return doc.page
