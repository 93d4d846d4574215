"""Reading a report section's blocks (app/reports/document.py) back as text (no PDF needed)."""

from __future__ import annotations

from app.reports.document import Bullets, DataTable, Heading, Numbered, Para


def norm(text: str) -> str:
    """Line breaks and runs of spaces folded to single spaces."""
    return " ".join(text.split())


def story_text(story) -> list[str]:
    """Paragraphs, headings and list items as lines; a table as one line per row (header
    first), cells joined by « | »."""
    lines: list[str] = []
    for block in story:
        if isinstance(block, Para | Heading):
            lines.append(norm(block.text))
        elif isinstance(block, Bullets):
            lines += [norm(line) for line in block.lines]
        elif isinstance(block, Numbered):
            lines += [norm(text) for _, text in block.items]
        elif isinstance(block, DataTable):
            rows = [block.header, *block.rows]
            lines += [" | ".join(norm(c) for c in row) for row in rows]
    return lines


def tables_with(story, header: tuple[str, ...]) -> list[list[list[str]]]:
    """The body rows of every table whose header row is ``header``."""
    return [
        [[norm(c) for c in row] for row in block.rows]
        for block in story
        if isinstance(block, DataTable) and tuple(norm(h) for h in block.header) == header
    ]


def table_rows(story, header: tuple[str, ...]) -> list[list[str]]:
    """The body rows of the first table whose header row is ``header``."""
    found = tables_with(story, header)
    assert found, f"no table {header}"
    return found[0]
