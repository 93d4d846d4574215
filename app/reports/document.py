"""What a report says, independent of how it is printed: one description of a document's
content, rendered to PDF (``app.reports.render_pdf``, reportlab) and to an editable Word
document (``app.reports.render_docx``, python-docx) — never two hand-written copies.

Report sections build a list of blocks with the helpers below; the renderers turn each
block into their own form. Texts are plain (no markup); the renderers escape them and
keep a line break (``\n``) inside a text as a line break of the same paragraph or cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ParaStyle = Literal[
    "body",  # justified text
    "title",  # the document's title, centred, bold
    "subtitle",  # under the title, centred
    "small",  # notes, sources
    "center",
    "right",  # e.g. «Приложение к распоряжению…» blocks at the right
    "header",  # an authority's letterhead line, centred, bold capitals
    "signature",  # a signature line: «position\tname», position left, name right
    "caption",  # a line under a heading that explains a chart (legend), centred, small
]


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    style: ParaStyle = "body"


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2


@dataclass(frozen=True, slots=True)
class Bullets:
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Numbered:
    items: tuple[tuple[str, str], ...]  # («1.», text) — the label as printed


@dataclass(frozen=True, slots=True)
class Gap:
    height_mm: float = 3


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class DataTable:
    """A gridded table repeating its header row across pages. ``widths`` are shares of
    the text width; ``numeric`` columns align right; ``groups`` are indices of rows that
    are group titles («Задача 1. …»): their first cell spans the table, set bold."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: tuple[int, ...] = ()
    groups: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyValues:
    """Two columns without a header: a bold label and its value."""

    rows: tuple[tuple[str, str], ...]
    label_share: float = 0.35


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart: ``draw(width_pt)`` gives a reportlab Drawing for the PDF; the Word document
    shows ``fallback`` (the chart's figures as a table) in its place."""

    title: str
    draw: Callable[[float], Any]
    height_mm: float
    fallback: DataTable | None = None


@dataclass(frozen=True, slots=True)
class ChartGrid:
    """Small charts side by side, ``columns`` to a row, under ``legend`` (how to read them);
    the Word document shows ``fallback`` (all their figures in one table) in their place,
    without the legend."""

    charts: tuple[Chart, ...]
    columns: int = 2
    fallback: DataTable | None = None
    legend: str = ""


Block = (
    Para
    | Heading
    | Bullets
    | Numbered
    | Gap
    | PageBreak
    | DataTable
    | KeyValues
    | Chart
    | ChartGrid
)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the running header shows and the file's metadata holds."""

    title: str
    organisation: str
    year: str = ""  # «2024-2025 учебный год» or empty
    author: str = ""
    running_header: bool = True  # an order (распоряжение) has none


@dataclass(slots=True)
class Document:
    meta: DocumentMeta
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block | Sequence[Block]) -> Document:
        for block in blocks:
            if isinstance(block, list | tuple):
                self.blocks.extend(block)
            else:
                self.blocks.append(block)
        return self


def para(text: str, style: ParaStyle = "body") -> Para:
    return Para(text, style)


def signature(left: str, right: str) -> Para:
    """A «signature» line: ``left`` (a position, a date; may span lines) at the left
    margin, ``right`` (the name, a number) at the right one, on the left part's last line."""
    return Para(f"{left}\t{right}", "signature")


def paragraphs(text: str) -> list[Para]:
    """Free text a person typed: one paragraph per non-empty line."""
    return [Para(line.strip()) for line in text.splitlines() if line.strip()]


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


def bullets(lines: Sequence[str]) -> Bullets:
    return Bullets(tuple(lines))


def numbered(items: Sequence[tuple[int | str, str]]) -> Numbered:
    return Numbered(tuple((f"{n}." if isinstance(n, int) else n, text) for n, text in items))


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    groups: Sequence[int] = (),
) -> DataTable:
    return DataTable(
        tuple(header),
        tuple(tuple("" if v is None else str(v) for v in row) for row in rows),
        tuple(widths),
        tuple(numeric),
        tuple(groups),
    )


def key_values(rows: Sequence[tuple[str, str]], label_share: float = 0.35) -> KeyValues:
    return KeyValues(tuple(rows), label_share)


def texts_of(document: Document) -> list[str]:
    """Every text of the document in order (tests read a document back with this)."""
    found: list[str] = []
    for block in document.blocks:
        match block:
            case Para(text) | Heading(text):
                found.append(text)
            case Bullets(lines):
                found.extend(lines)
            case Numbered(items):
                found.extend(f"{label} {text}" for label, text in items)
            case DataTable(header, rows):
                found.extend(header)
                found.extend(cell for row in rows for cell in row)
            case KeyValues(rows):
                found.extend(f"{k}: {v}" for k, v in rows)
            case Chart(title):
                found.append(title)
            case ChartGrid(charts):
                found.extend(chart.title for chart in charts)
    return found
