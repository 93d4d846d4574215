"""The caps an imported workbook must stay within, and what a scan of it reports.

See :mod:`app.excel.limits` for how they are checked.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ValidationError
from app.excel import texts

MAX_MEMBERS = 1_000
MAX_TOTAL_SIZE = 200 * 1024 * 1024  # bytes uncompressed, all members together
MAX_RATIO = 100  # uncompressed / compressed, per member
RATIO_FLOOR = 1024 * 1024  # a member smaller than this cannot be a bomb whatever its ratio
MAX_STYLES = 64_000  # entries in any style list (cellXfs, fonts, fills, …)
MAX_STYLE_ELEMENTS = 400_000  # elements in the stylesheet as a whole
MAX_TEXT = 32_767  # characters in one cell (Excel's own limit)
MAX_ROWS = 100_000  # data rows after the header
MAX_CELLS = 2_000_000  # cells in one worksheet
MAX_SHARED_STRINGS = 2_000_000
MAX_PART_ELEMENTS = 100_000  # any other part (workbook, relations, properties, theme…)
MAX_PART_SIZE = 16 * 1024 * 1024  # any other part, uncompressed bytes
MAX_ROW_ELEMENTS = 100_000  # elements in one row (openpyxl holds a row in memory)
MAX_SHEET_ELEMENTS = 4 * MAX_CELLS  # elements in one worksheet part
MAX_FINDINGS = 100  # problems noted per sheet before the scan stops
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
CHUNK = 64 * 1024
STYLE_LISTS = {
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "indexedColors",
    "mruColors",
}
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem at one cell of a worksheet part (the sheet's name is known later)."""

    cell: str
    reason: str


class CapError(Exception):
    """A cap was reached in a sheet: ``cell`` may be empty."""

    def __init__(self, sheet: str, cell: str, reason: str) -> None:
        super().__init__(reason)
        self.sheet, self.cell, self.reason = sheet, cell, reason


@dataclass
class Scan:
    """What the scan learnt: findings per worksheet part, sheet names per part."""

    findings: dict[str, list[Finding]] = field(default_factory=dict)
    sheet_names: dict[str, str] = field(default_factory=dict)  # part → sheet name
    workbook_part: str | None = None
    workbook_sheets: dict[str, str] = field(default_factory=dict)  # relation id → name
    relations: dict[str, dict[str, str]] = field(default_factory=dict)  # rels part → id→target
    shared_count: int | None = None
    long_shared: set[int] = field(default_factory=set)

    def sheet_of(self, part: str) -> str:
        if part not in self.sheet_names and self.workbook_part is not None:
            folder, name = posixpath.split(self.workbook_part)
            rels = self.relations.get(posixpath.join(folder, "_rels", name + ".rels"), {})
            for rel_id, target in rels.items():
                if rel_id in self.workbook_sheets:
                    resolved = target.lstrip("/") if target.startswith("/") else target
                    if not target.startswith("/"):
                        resolved = posixpath.normpath(posixpath.join(folder, target))
                    self.sheet_names[resolved] = self.workbook_sheets[rel_id]
        return self.sheet_names.get(part, texts.UNKNOWN_SHEET)


def refuse(template: str, path: Path, **fields) -> ValidationError:
    return ValidationError(template.format(name=path.name, **fields))


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")
