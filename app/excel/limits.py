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

import zipfile
from pathlib import Path
from typing import BinaryIO

from app.errors import ValidationError
from app.excel import texts
from app.excel.caps import (
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TEXT,
    MAX_TOTAL_SIZE,
    RATIO_FLOOR,
    Scan,
    grouped,
    refuse,
)
from app.excel.part_scan import scan_part
from app.files import FileRefused, open_regular, os_reason


def open_checked(path: Path) -> BinaryIO:
    """The file opened for reading if it is a regular file (never a link, device, FIFO)."""
    try:
        return open_regular(path)
    except FileRefused as refused:
        reason = os_reason(refused.error) if refused.error is not None else ""
        template = _REFUSALS[refused.problem]
        raise ValidationError(template.format(name=path.name, path=path, reason=reason)) from None


_REFUSALS = {
    "missing": texts.NO_FILE,
    "unreadable": texts.UNREADABLE,
    "link": texts.LINK,
    "folder": texts.FOLDER,
    "not_regular": texts.NOT_REGULAR,
}


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
        scan_part(archive, member, path, scan, columns)
    if scan.long_shared:
        raise refuse(texts.LONG_SHARED_TEXT, path, limit=grouped(MAX_TEXT))
    return scan
