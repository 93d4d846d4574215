"""The PDF engine's tables: gridded data tables (wrapped cells, header row repeated on
every page, long ones handed to reportlab in chunks) and bold-label key–value tables.

The page, palette and paragraph styles they use are ``app.reports.engine``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from app.reports import fonts
from app.reports.engine import FRAME_WIDTH, GRID_GREY, GROUP_GREY, HEADER_GREY, styles
from app.reports.format import markup
from app.reports.keeping import LEAD_ROWS_ATTR


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
