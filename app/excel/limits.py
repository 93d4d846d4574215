"""Bounds on an imported workbook, checked before openpyxl parses anything.

A workbook is a zip of XML parts, and openpyxl trusts both: a few megabytes can inflate
to gigabytes, declare millions of cell formats, hold one cell of two gigabytes or point
at ``/dev/zero``. :func:`open_checked` therefore

1. refuses what is not a regular file (links, devices, FIFOs — judged by ``os.lstat``,
   never opened) and opens the file without following links;
2. refuses what is not a zip, and zips whose members break the caps (count, total
   uncompressed size, compression ratio) — the member sizes are the central directory's,
   and :mod:`zipfile` never inflates a member past its declared size;
3. streams every XML part through expat (no DTD, no entities) and stops at the first
   cap: cell formats and other style lists, text longer than Excel's 32,767 characters,
   rows, cells, addresses outside a sheet.

While scanning a worksheet it also notes, for the data columns, what a plain read would
misread: formulas, merged cells, error values, numbers that are NaN/INF or too large, and
references to missing shared strings. The reader reports them for the sheet it imports.
"""

from __future__ import annotations

import math
import os
import posixpath
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

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
_CHUNK = 64 * 1024
_STYLE_LISTS = {
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
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


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


def open_checked(path: Path) -> BinaryIO:
    """The file opened for reading if it is a regular file (never a link, device, FIFO)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise refuse(texts.NO_FILE, path) from None
    except OSError:
        raise refuse(texts.UNREADABLE, path) from None
    if stat.S_ISLNK(info.st_mode):
        raise refuse(texts.LINK, path)
    if stat.S_ISDIR(info.st_mode):
        raise refuse(texts.FOLDER, path)
    if not stat.S_ISREG(info.st_mode):
        raise refuse(texts.NOT_REGULAR, path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        raise refuse(texts.UNREADABLE, path) from None
    now = os.fstat(fd)
    if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
        os.close(fd)
        raise refuse(texts.NOT_REGULAR, path)
    return os.fdopen(fd, "rb")


def check_archive(handle: BinaryIO, path: Path) -> zipfile.ZipFile:
    """The zip, if its central directory respects the caps (read before any member)."""
    try:
        end = zipfile._EndRecData(handle)  # the entry count, before ZipFile lists them all
    except (OSError, AttributeError, ValueError):
        end = None
    if end is None:
        raise refuse(texts.NOT_ZIP, path)
    if end[zipfile._ECD_ENTRIES_TOTAL] > MAX_MEMBERS:
        raise refuse(texts.TOO_MANY_MEMBERS, path, limit=grouped(MAX_MEMBERS))
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise refuse(texts.NOT_ZIP, path) from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise refuse(texts.TOO_MANY_MEMBERS, path, limit=grouped(MAX_MEMBERS))
    if sum(m.file_size for m in members) > MAX_TOTAL_SIZE:
        raise refuse(texts.TOO_BIG, path, limit=MAX_TOTAL_SIZE // (1024 * 1024))
    for member in members:
        if member.flag_bits & 0x1:
            raise refuse(texts.ENCRYPTED, path)
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise refuse(texts.BOMB, path, limit=MAX_RATIO)
    return archive


def scan_archive(archive: zipfile.ZipFile, path: Path, columns: int) -> Scan:
    """Stream every XML part through the caps; note findings for ``columns`` data columns."""
    scan = Scan()

    def order(member: zipfile.ZipInfo) -> tuple[int, int]:
        name = member.filename
        first = name == "[Content_Types].xml" or name.endswith(".rels")
        return (0 if first else 1 if "sharedStrings" in name else 2, member.file_size)

    for member in sorted(archive.infolist(), key=order):
        if member.is_dir():
            continue
        _scan_part(archive, member, path, scan, columns)
    if scan.long_shared:
        raise refuse(texts.LONG_SHARED_TEXT, path, limit=grouped(MAX_TEXT))
    return scan


def _scan_part(archive, member, path: Path, scan: Scan, columns: int) -> None:
    try:
        with archive.open(member) as source:
            first = source.read(_CHUNK)
            if not _looks_like_xml(first):
                if member.file_size > MAX_PART_SIZE:
                    raise refuse(texts.PART_TOO_BIG, path)
                return  # images and other binary parts: openpyxl does not parse them here
            handler = _Part(member.filename, member.file_size, scan, columns, path)
            parser = handler.parser
            chunk = first
            while chunk:
                parser.Parse(chunk, False)
                chunk = source.read(_CHUNK)
            parser.Parse(b"", True)
            handler.finish()
    except (CapError, ValidationError):
        raise
    except expat.ExpatError:
        raise refuse(texts.BROKEN_XML, path) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
        raise refuse(texts.BROKEN_ZIP, path) from None
    except (ValueError, RecursionError, MemoryError):
        raise refuse(texts.BROKEN_XML, path) from None


def _looks_like_xml(start: bytes) -> bool:
    text = start.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return text.startswith(b"<") or start.startswith((b"\xff\xfe", b"\xfe\xff"))


class _Part:
    """Expat handlers for one part; the root element decides what is counted."""

    def __init__(self, name: str, size: int, scan: Scan, columns: int, path: Path) -> None:
        self.name, self.size, self.scan, self.columns, self.path = name, size, scan, columns, path
        self.kind: str | None = None
        self.depth = 0
        self.elements = 0
        self.text = 0  # characters in the current cell / shared string / element
        self.list_counts: dict[str, int] = {}
        self.current_list: str | None = None
        # worksheet state
        self.row = 0
        self.column = 0
        self.cells = 0
        self.cell: str | None = None  # address of the open <c>, None outside
        self.cell_type = "n"
        self.cell_value: list[str] | None = None
        self.in_value = False
        self.in_data = False
        self.outside = 0
        self.row_elements = 0
        self.findings: list[Finding] = []
        self.shared_index = -1
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = _CHUNK
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.doctype
        parser.ExternalEntityRefHandler = self.doctype
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser = parser

    # -- expat callbacks
    def doctype(self, *_args) -> None:
        raise refuse(texts.BROKEN_XML, self.path)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(" ")[2]
        self.depth += 1
        self.elements += 1
        if self.cell is None and not (self.kind == "sst" and self.depth > 2):
            self.text = 0
        if self.kind is None:
            self.kind = local
            if local not in ("worksheet", "sst", "styleSheet") and self.size > MAX_PART_SIZE:
                raise refuse(texts.PART_TOO_BIG, self.path)
            if local == "workbook":
                self.scan.workbook_part = self.name
        if self.kind == "worksheet":
            self._sheet_start(local, attrs)
        elif self.kind == "sst":
            if local == "si" and self.depth == 2:
                self.shared_index += 1
                self.text = 0
                if self.shared_index >= MAX_SHARED_STRINGS:
                    limit = grouped(MAX_SHARED_STRINGS)
                    raise refuse(texts.TOO_MANY_STRINGS, self.path, limit=limit)
        elif self.kind == "styleSheet":
            self._style_start(local)
        else:
            if self.elements > MAX_PART_ELEMENTS:
                raise refuse(texts.PART_TOO_BIG, self.path)
            if self.kind == "workbook" and local == "sheet":
                rel_id = attrs.get(f"{_RELS} id")
                if rel_id and "name" in attrs:
                    self.scan.workbook_sheets[rel_id] = attrs["name"]
            elif self.kind == "Relationships" and local == "Relationship":
                rels = self.scan.relations.setdefault(self.name, {})
                if "Id" in attrs and "Target" in attrs:
                    rels[attrs["Id"]] = attrs["Target"]

    def end(self, tag: str) -> None:
        local = tag.rpartition(" ")[2]
        self.depth -= 1
        if self.kind == "worksheet":
            if local == "v" and self.cell is not None:
                self.in_value = False
            elif local == "c" and self.cell is not None:
                self._cell_end()
        elif self.kind == "styleSheet" and self.depth == 1:
            self.current_list = None

    def data(self, text: str) -> None:
        self.text += len(text)
        if self.text <= MAX_TEXT:
            if self.in_value and self.cell_value is not None:
                self.cell_value.append(text)
            return
        if self.kind == "worksheet" and self.cell is not None:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, self.cell, texts.LONG_TEXT.format(limit=grouped(MAX_TEXT)))
        if self.kind == "sst":
            self.scan.long_shared.add(self.shared_index)
            if len(self.scan.long_shared) > MAX_FINDINGS:
                raise refuse(texts.LONG_SHARED_TEXT, self.path, limit=grouped(MAX_TEXT))
            self.text = -(10**18)  # counted once per string
            return
        raise refuse(texts.LONG_TEXT_PART, self.path, limit=grouped(MAX_TEXT))

    def finish(self) -> None:
        if self.kind == "worksheet":
            self.scan.findings[self.name] = self.findings
        elif self.kind == "sst":
            self.scan.shared_count = self.shared_index + 1

    # -- stylesheet
    def _style_start(self, local: str) -> None:
        if self.elements > MAX_STYLE_ELEMENTS:
            raise refuse(texts.TOO_MANY_FORMATS, self.path, limit=grouped(MAX_STYLES))
        if self.depth == 2:
            self.current_list = local if local in _STYLE_LISTS else None
        elif self.depth == 3 and self.current_list is not None:
            count = self.list_counts.get(self.current_list, 0) + 1
            self.list_counts[self.current_list] = count
            if count > MAX_STYLES:
                raise refuse(texts.TOO_MANY_FORMATS, self.path, limit=grouped(MAX_STYLES))

    # -- worksheet
    def _sheet_start(self, local: str, attrs: dict[str, str]) -> None:
        if self.depth == 2:
            self.in_data = local == "sheetData"
        self.row_elements += 1
        if self.elements > MAX_SHEET_ELEMENTS or self.row_elements > MAX_ROW_ELEMENTS:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_CELLS.format(limit=grouped(MAX_CELLS)))
        if not self.in_data and self.depth > 1:
            self.outside += 1
            if self.outside > MAX_PART_ELEMENTS:
                raise refuse(texts.PART_TOO_BIG, self.path)
        if local == "row" and self.depth == 3:
            number = _row_number(attrs.get("r"), self.row + 1, self)
            if number <= self.row:
                self._note(texts.OUT_OF_ORDER, cell=f"A{number}")
            self.row = number
            self.column = 0
            self.row_elements = 0
        elif local == "c":
            self._cell_start(attrs)
        elif local == "v" and self.cell is not None:
            self.in_value = True
        elif local == "f" and self.cell is not None:
            self._note(texts.FORMULA)
        elif local == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif self.cell is None:
            self.text = 0

    def _cell_start(self, attrs: dict[str, str]) -> None:
        self.cells += 1
        if self.cells > MAX_CELLS:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_CELLS.format(limit=grouped(MAX_CELLS)))
        ref = attrs.get("r")
        column = _column_of(ref, self) if ref else self.column + 1
        if column > EXCEL_COLUMNS:
            raise refuse(texts.BROKEN_XML, self.path)
        if column <= self.column and column <= self.columns:
            self._note(texts.OUT_OF_ORDER, cell=f"{_letters(column)}{self.row}")
        self.column = column
        if self.row > MAX_ROWS + 1:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_ROWS.format(limit=grouped(MAX_ROWS)))
        self.cell = f"{_letters(column)}{self.row}"
        self.cell_type = attrs.get("t", "n")
        self.cell_value = [] if column <= self.columns else None
        self.text = 0

    def _cell_end(self) -> None:
        if self.cell_value is not None:
            value = "".join(self.cell_value).strip()
            if value:
                self._check_value(value)
        self.cell = None
        self.cell_value = None
        self.in_value = False

    def _check_value(self, value: str) -> None:
        kind = self.cell_type
        if kind == "e":
            self._note(texts.error_value(value))
        elif kind == "n":
            try:
                number = float(value)
            except ValueError:
                self._note(texts.BAD_NUMBER)
                return
            if not math.isfinite(number):
                self._note(texts.NOT_FINITE)
            elif abs(number) >= 1e15:
                self._note(texts.HUGE_NUMBER)
            elif "." not in value and "e" not in value.lower() and not _is_int(value):
                self._note(texts.BAD_NUMBER)
        elif kind == "s":
            if not _is_int(value):
                self._note(texts.BAD_SHARED)
                return
            index = int(value)
            count = self.scan.shared_count
            if index in self.scan.long_shared:
                sheet = self.scan.sheet_of(self.name)
                reason = texts.LONG_TEXT.format(limit=grouped(MAX_TEXT))
                raise CapError(sheet, self.cell or "", reason)
            if index < 0 or (count is not None and index >= count):
                self._note(texts.BAD_SHARED)
        elif kind == "b" and value not in ("0", "1"):
            self._note(texts.BAD_BOOLEAN)

    def _merge(self, ref: str) -> None:
        from openpyxl.utils import range_boundaries

        try:
            min_col, min_row, _max_col, _max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            self._note(texts.MERGED.format(range=ref[:40]), cell="")
            return
        if min_col is not None and min_col <= self.columns:
            self._note(texts.MERGED.format(range=ref), cell=f"{_letters(min_col)}{min_row or 1}")

    def _note(self, reason: str, cell: str | None = None) -> None:
        where = self.cell if cell is None else cell
        if self.cell is not None and self.cell_value is None and cell is None:
            return  # outside the data columns
        if len(self.findings) < MAX_FINDINGS:
            self.findings.append(Finding(where or "", reason))


def _row_number(value: str | None, default: int, part: _Part) -> int:
    if value is None:
        number = default
    else:
        try:
            number = int(value)
        except ValueError:
            raise refuse(texts.BROKEN_XML, part.path) from None
    if not 1 <= number <= EXCEL_ROWS:
        raise refuse(texts.BROKEN_XML, part.path)
    return number


def _column_of(ref: str, part: _Part) -> int:
    letters = ref.rstrip("0123456789")
    if not letters or len(letters) > 3 or not letters.isascii() or not letters.isalpha():
        raise refuse(texts.BROKEN_XML, part.path)
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    if number > EXCEL_COLUMNS:
        raise refuse(texts.BROKEN_XML, part.path)
    return number


def _letters(column: int) -> str:
    result = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        result = chr(65 + rest) + result
    return result


def _is_int(value: str) -> bool:
    digits = value[1:] if value[:1] in "+-" else value
    return digits.isascii() and digits.isdigit()


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")
