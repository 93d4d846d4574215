"""Reading a report section's flowables back as text (no PDF needed)."""

from __future__ import annotations

from xml.sax.saxutils import unescape

from reportlab.platypus import Paragraph, Table


def norm(text: str) -> str:
    """Markup line breaks and the cell wrapping folded to single spaces."""
    return " ".join(unescape(text.replace("<br/>", " ")).split())


def story_text(story) -> list[str]:
    """Paragraphs as lines; a table as one line per row, cells joined by « | »."""
    lines: list[str] = []
    for flowable in story:
        if isinstance(flowable, Paragraph):
            lines.append(norm(flowable.text))
        elif isinstance(flowable, Table):
            lines += [" | ".join(norm(str(c)) for c in row) for row in flowable._cellvalues]
    return lines


def tables_with(story, header: tuple[str, ...]) -> list[list[list[str]]]:
    """The body rows of every table whose header row is ``header``."""
    found = []
    for flowable in story:
        if isinstance(flowable, Table):
            rows = [[norm(str(c)) for c in row] for row in flowable._cellvalues]
            if tuple(rows[0]) == header:
                found.append(rows[1:])
    return found


def table_rows(story, header: tuple[str, ...]) -> list[list[str]]:
    """The body rows of the first table whose header row is ``header``."""
    found = tables_with(story, header)
    assert found, f"no table {header}"
    return found[0]
