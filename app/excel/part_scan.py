"""Streaming scan of one XML part of a workbook (expat: no DTD, no entities), counting
against the caps of :mod:`app.excel.caps` and noting what a plain read would misread."""

from __future__ import annotations

import math
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from app.errors import ValidationError
from app.excel import texts
from app.excel.caps import (
    CHUNK,
    EXCEL_COLUMNS,
    EXCEL_ROWS,
    MAX_CELLS,
    MAX_FINDINGS,
    MAX_PART_ELEMENTS,
    MAX_PART_SIZE,
    MAX_ROW_ELEMENTS,
    MAX_ROWS,
    MAX_SHARED_STRINGS,
    MAX_SHEET_ELEMENTS,
    MAX_STYLE_ELEMENTS,
    MAX_STYLES,
    MAX_TEXT,
    RELS,
    STYLE_LISTS,
    CapError,
    Finding,
    Scan,
    grouped,
    refuse,
)


def scan_part(archive, member, path: Path, scan: Scan, columns: int) -> None:
    try:
        with archive.open(member) as source:
            first = source.read(CHUNK)
            if not _looks_like_xml(first):
                if member.file_size > MAX_PART_SIZE:
                    raise refuse(texts.PART_TOO_BIG, path)
                return  # images and other binary parts: openpyxl does not parse them here
            handler = _Part(member.filename, member.file_size, scan, columns, path)
            parser = handler.parser
            chunk = first
            while chunk:
                parser.Parse(chunk, False)
                chunk = source.read(CHUNK)
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
        self.columns_seen: dict[str, int] = {}  # "AB" → 28
        self.letters: dict[int, str] = {}  # 28 → "AB"
        self.local_names: dict[str, str] = {}  # "…/main c" → "c"
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = CHUNK
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
        if self.kind is None and local == "worksheet":
            self.kind = local
            # this and every further element through the worksheet's own handlers
            self.parser.StartElementHandler = self._sheet_start
            self.parser.EndElementHandler = self._sheet_end
            self._sheet_start(tag, attrs)
            return
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
        if self.kind == "sst":
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
                rel_id = attrs.get(f"{RELS} id")
                if rel_id and "name" in attrs:
                    self.scan.workbook_sheets[rel_id] = attrs["name"]
            elif self.kind == "Relationships" and local == "Relationship":
                rels = self.scan.relations.setdefault(self.name, {})
                if "Id" in attrs and "Target" in attrs:
                    rels[attrs["Id"]] = attrs["Target"]

    def end(self, _tag: str) -> None:
        self.depth -= 1
        if self.kind == "styleSheet" and self.depth == 1:
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
            self.current_list = local if local in STYLE_LISTS else None
        elif self.depth == 3 and self.current_list is not None:
            count = self.list_counts.get(self.current_list, 0) + 1
            self.list_counts[self.current_list] = count
            if count > MAX_STYLES:
                raise refuse(texts.TOO_MANY_FORMATS, self.path, limit=grouped(MAX_STYLES))

    # -- worksheet (its own expat handlers: they run for every cell)
    def _sheet_start(self, tag: str, attrs: dict[str, str]) -> None:
        local = self.local_names.get(tag)
        if local is None:
            local = self._local_name(tag)
        depth = self.depth = self.depth + 1
        elements = self.elements = self.elements + 1
        row_elements = self.row_elements = self.row_elements + 1
        cell = self.cell
        if cell is None:
            self.text = 0
        if depth == 2:
            self.in_data = local == "sheetData"
        if elements > MAX_SHEET_ELEMENTS or row_elements > MAX_ROW_ELEMENTS:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_CELLS.format(limit=grouped(MAX_CELLS)))
        if not self.in_data and depth > 1:
            self.outside += 1
            if self.outside > MAX_PART_ELEMENTS:
                raise refuse(texts.PART_TOO_BIG, self.path)
        if local == "c":
            self._cell_start(attrs)
        elif local == "v":
            self.in_value = cell is not None
        elif local == "row" and depth == 3:
            number = _row_number(attrs.get("r"), self.row + 1, self)
            if number <= self.row:
                self._note(texts.OUT_OF_ORDER, cell=f"A{number}")
            self.row = number
            self.column = 0
            self.row_elements = 0
        elif local == "f" and cell is not None:
            self._note(texts.FORMULA)
        elif local == "mergeCell":
            self._merge(attrs.get("ref", ""))

    def _sheet_end(self, tag: str) -> None:
        self.depth -= 1
        if self.cell is not None:
            local = self.local_names.get(tag)
            if local is None:
                local = self._local_name(tag)
            if local == "v":
                self.in_value = False
            elif local == "c":
                self._cell_end()

    def _local_name(self, tag: str) -> str:
        """``tag`` without its namespace, remembered (expat hands over the same strings)."""
        local = tag.rpartition(" ")[2]
        if len(self.local_names) < _REMEMBERED:
            self.local_names[tag] = local
        return local

    def _cell_start(self, attrs: dict[str, str]) -> None:
        self.cells += 1
        if self.cells > MAX_CELLS:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_CELLS.format(limit=grouped(MAX_CELLS)))
        ref = attrs.get("r")
        if ref:
            column = self.columns_seen.get(ref.rstrip("0123456789")) or self._column_of(ref)
        else:
            column = self.column + 1
        if column > EXCEL_COLUMNS:
            raise refuse(texts.BROKEN_XML, self.path)
        letters = self.letters.get(column) or _letters(column)
        if column <= self.column and column <= self.columns:
            self._note(texts.OUT_OF_ORDER, cell=f"{letters}{self.row}")
        self.column = column
        if self.row > MAX_ROWS + 1:
            sheet = self.scan.sheet_of(self.name)
            raise CapError(sheet, "", texts.TOO_MANY_ROWS.format(limit=grouped(MAX_ROWS)))
        self.cell = f"{letters}{self.row}"
        self.cell_type = attrs.get("t", "n")
        self.cell_value = [] if column <= self.columns else None
        self.text = 0

    def _column_of(self, ref: str) -> int:
        """:func:`_column_of`, remembered for the few columns a sheet uses."""
        column = _column_of(ref, self)
        if len(self.columns_seen) < _REMEMBERED:
            self.columns_seen[ref.rstrip("0123456789")] = column
            self.letters[column] = _letters(column)
        return column

    def _cell_end(self) -> None:
        if self.cell_value:  # None outside the data columns; [] for a cell without a value
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


_REMEMBERED = 1_024  # column spellings remembered per part


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
