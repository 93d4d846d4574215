"""Reading a written Word document back with python-docx: its body in order, as text."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from app.reports.document import (
    Block,
    Chart,
    ChartGrid,
    DataTable,
    Document,
    KeyValues,
    texts_of,
)
from app.reports.texts import CHART_IN_PDF


def flat(text: str) -> str:
    return " ".join(text.split())


def body_items(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every non-empty paragraph and («cell», text) of every table
    cell (a merged cell once), in the order of the body."""
    word = docx.Document(str(path))
    items: list[tuple[str, str]] = []
    for child in word.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, word)
            if paragraph.text.strip():
                items.append((paragraph.style.name, paragraph.text))
        elif child.tag == qn("w:tbl"):
            for tr in child.iterchildren(qn("w:tr")):
                for tc in tr.iterchildren(qn("w:tc")):
                    lines = [Paragraph(p, word).text for p in tc.iterchildren(qn("w:p"))]
                    items.append(("cell", "\n".join(lines)))
    return items


def _table_texts(table: DataTable) -> list[str]:
    found = list(table.header)
    width = len(table.header)
    for index, row in enumerate(table.rows):
        found += [row[0]] if index in table.groups else [*row, *[""] * (width - len(row))]
    return found


def expected_texts(block: Block, meta) -> list[str]:
    """What the Word document shows for ``block``: ``texts_of`` but a key-value row as
    two cells, a group row as one merged cell, a chart as its title and figures."""
    match block:
        case KeyValues(rows):
            return [text for pair in rows for text in pair]
        case DataTable() if block.groups:
            return _table_texts(block)
        case Chart(title, fallback=fallback):
            if fallback is None:
                return [title, CHART_IN_PDF.format(title=title)]
            return [title, *_table_texts(fallback)]
        case ChartGrid(charts, fallback=fallback):
            if fallback is None:
                return [CHART_IN_PDF.format(title=c.title) for c in charts]
            return _table_texts(fallback)
    return [t for t in texts_of(Document(meta, [block])) if t.strip() or _is_table(block)]


def _is_table(block: Block) -> bool:
    return isinstance(block, DataTable)
