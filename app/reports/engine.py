"""The PDF engine: A4 page, running header and «стр. N из M» footer, paragraph styles.

Built on reportlab platypus. Reports describe their content as a renderer-independent
``app.reports.document.Document``; ``app.reports.render_pdf`` turns its blocks into
flowables with :func:`para`, :func:`heading` and the rest here (tables with
``app.reports.pdf_tables``), and :func:`build_pdf` lays them out (the Word renderer is
``app.reports.render_docx``).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from app.reports import fonts, texts
from app.reports.format import markup
from app.reports.keeping import guard_headings

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
