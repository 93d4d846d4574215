"""A :class:`~app.reports.document.Document` printed to PDF through the engine
(``app.reports.engine``): its styles, embedded PT fonts, running header and «стр. N из M»
footer, chunked data tables (``app.reports.pdf_tables``), the heading guard and the
charts' own drawings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus import PageBreak as PdfPageBreak

from app.reports import engine, fonts, pdf_tables
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
from app.reports.engine import FRAME_WIDTH, ReportMeta, build_pdf

# The document's paragraph styles by the engine's names.
PARA_STYLES = {
    "body": "body",
    "title": "title",
    "subtitle": "subtitle",
    "small": "note",
    "caption": "caption",
    "center": "center",
    "right": "right",
    "header": "header",
}


def render_pdf(document: Document, path: Path) -> int:
    """Write ``document`` to ``path`` as a PDF; returns the number of pages."""
    meta = document.meta
    report_meta = ReportMeta(
        title=meta.title,
        school=meta.organisation,
        year=meta.year,
        author=meta.author,
        running_header=meta.running_header,
    )
    return build_pdf(path, report_meta, flowables(document.blocks))


def flowables(blocks: list[Block]) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        match block:
            case Para(text, "signature"):
                left, _, right = text.rpartition("\t")
                story.append(_signature(left, right))
            case Para(text, style):
                story.append(engine.para(text, PARA_STYLES[style]))
            case Heading(text, level):
                story.append(engine.heading(text, level))
            case Bullets(lines):
                story += engine.bullets(lines)
            case Numbered(items):
                story += engine.numbered(items)
            case Gap(height):
                story.append(engine.gap(height))
            case PageBreak():
                story.append(PdfPageBreak())
            case DataTable(header, rows, widths, numeric, groups):
                story.append(pdf_tables.data_table(header, rows, widths, numeric, groups))
            case KeyValues(rows, share):
                story.append(pdf_tables.key_value_table(rows, share))
            case Chart(draw=draw):
                story.append(draw(FRAME_WIDTH))
            case ChartGrid(charts, columns, _, legend):
                if legend:
                    story.append(engine.para(legend, "caption"))
                if charts:
                    story.append(_chart_grid(charts, columns))
            case _:
                raise TypeError(f"not a document block: {block!r}")
    return story


def _chart_grid(charts: tuple[Chart, ...], columns: int) -> Table:
    """Charts ``columns`` to a row, each drawn to its column's width less a small gutter."""
    width = FRAME_WIDTH / columns
    cells: list = [chart.draw(width - 8) for chart in charts]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if len(rows[-1]) < columns:
        rows[-1] += [engine.para("")] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[width] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]
        )
    )
    return table


def _signature(left: str, right: str) -> Table:
    """``left`` (a position; may span lines) at the left margin and ``right`` (the name) at
    the right one, level with the left part's last line."""
    table = Table(
        [[engine.para(left, "signature"), engine.para(right, "signature_right")]],
        colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),  # no Helvetica in the PDF
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
