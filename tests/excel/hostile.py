"""A seeded generator of hostile workbooks for the table imports, and the check of one.

Every case is built from a valid ``events`` export (its zip parts rewritten) or from the
file system (links, FIFOs, devices). :func:`check` imports one case into a school and
says what went wrong, if anything: accepted, database changed, crash, over budget, or a
message that is not one Russian line.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import sqlite3
import struct
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
BUDGET_SECONDS = 10.0
_ALLOWED_LATIN = {"excel", "xlsx"}


@dataclass(frozen=True)
class Case:
    name: str
    path: Path


@dataclass(frozen=True)
class Outcome:
    case: str
    problem: str | None  # None when refused properly
    seconds: float
    lines: tuple[str, ...] = ()


# -- zip surgery ---------------------------------------------------------------------


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def pack(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buffer.getvalue()


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    members = parts(data)
    members[name] = content
    return pack(members)


def edit_sheet(data: bytes, change: Callable[[str], str]) -> bytes:
    xml = parts(data)[SHEET].decode("utf-8")
    return with_part(data, SHEET, change(xml).encode("utf-8"))


def _cell(ref: str, inner: str, kind: str | None = None) -> str:
    t = f' t="{kind}"' if kind else ""
    return f'<c r="{ref}"{t}>{inner}</c>'


def _set_cell(xml: str, ref: str, cell: str) -> str:
    """Replace cell ``ref`` (which must exist) by ``cell``."""
    pattern = re.compile(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', re.S)
    assert pattern.search(xml), ref
    return pattern.sub(lambda _m: cell, xml, count=1)


def _rows_of(xml: str) -> list[str]:
    return re.findall(r"<row [^>]*>.*?</row>", xml, re.S)


# -- the classes ---------------------------------------------------------------------


def _symlink(rng, base, folder, n):
    target = folder / f"target_{n}.xlsx"
    target.write_bytes(base)
    link = folder / f"link_{n}.xlsx"
    link.symlink_to(target if rng.random() < 0.5 else Path("/dev/zero"))
    return link


def _fifo(rng, base, folder, n):
    path = folder / f"fifo_{n}.xlsx"
    os.mkfifo(path)
    return path


def _device(rng, base, folder, n):
    return Path(rng.choice(["/dev/null", "/dev/zero", "/dev/urandom"]))


def _folder(rng, base, folder, n):
    path = folder / f"folder_{n}.xlsx"
    path.mkdir()
    return path


def _not_zip(rng, base, folder, n):
    choice = rng.randrange(4)
    content = [
        b"",
        rng.randbytes(rng.randrange(1, 5000)),
        "Дата;Тема\n01.02.2024;Вебинар\n".encode(),
        base[: rng.randrange(10, len(base) - 30)],  # a truncated workbook
    ][choice]
    return content


def _many_members(rng, base, folder, n):
    members = parts(base)
    for index in range(1001 - len(members) + rng.randrange(1, 50)):
        members[f"xl/media/pad{index}.bin"] = b"x"
    return pack(members, zipfile.ZIP_STORED)


def _declared_huge(rng, base, folder, n):
    """A central directory claiming members bigger than the total cap."""
    data = bytearray(base)
    at = data.rfind(b"PK\x01\x02")
    size = 200 * 1024 * 1024 + rng.randrange(1, 10**8)
    struct.pack_into("<I", data, at + 24, size)
    return bytes(data)


def _bomb(rng, base, folder, n):
    pad = b" " * (rng.randrange(2, 30) * 1024 * 1024)
    part = rng.choice(["xl/sharedStrings.xml", SHEET, "docProps/app.xml", "xl/pad.xml"])
    xml = parts(base).get(part, b"<x/>")
    head, _, tail = xml.rpartition(b"</")
    return with_part(base, part, head + pad + b"</" + tail if head else pad + xml)


def _styles(rng, base, folder, n):
    count = 64_001 + rng.randrange(0, 1000)
    xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    lists = rng.choice(["cellXfs", "fonts", "cellStyleXfs"])
    inner = xf if lists != "fonts" else "<font/>"
    body = f'<{lists} count="{count}">' + inner * count + f"</{lists}>"
    xml = (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + body
        + "</styleSheet>"
    )
    return with_part(base, "xl/styles.xml", xml.encode())


def _long_cell(rng, base, folder, n):
    length = 32_768 + rng.randrange(0, 200_000)
    text = rng.choice("аб xy") * length
    if rng.random() < 0.5:
        cell = _cell("E2", f"<is><t>{text}</t></is>", "inlineStr")
        return edit_sheet(base, lambda x: _set_cell(x, "E2", cell))
    members = parts(base)
    sst = members.get("xl/sharedStrings.xml")
    if sst is None:
        cell = _cell("E3", f"<is><t>{text}</t></is>", "inlineStr")
        return edit_sheet(base, lambda x: _set_cell(x, "E3", cell))
    added = f"<si><t>{text}</t></si></sst>".encode()
    members["xl/sharedStrings.xml"] = sst.replace(b"</sst>", added)
    return pack(members)


def _many_rows(rng, base, folder, n):
    extra = 100_001 + rng.randrange(0, 50)

    def change(xml: str) -> str:
        if rng.random() < 0.5:  # one far row
            row = f'<row r="{extra + 1}">{_cell(f"E{extra + 1}", "<v>1</v>")}</row>'
        else:
            cells = (f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(12, extra + 2))
            row = "".join(cells)
        return xml.replace("</sheetData>", row + "</sheetData>")

    return edit_sheet(base, change)


def _formula(rng, base, folder, n):
    ref = rng.choice(["B2", "E3", "K4"])
    cached = "" if rng.random() < 0.5 else "<v>1</v>"
    cell = _cell(ref, f"<f>{rng.choice(['1+1', 'B3', 'TODAY()'])}</f>{cached}")
    return edit_sheet(base, lambda x: _set_cell(x, ref, cell))


def _merged(rng, base, folder, n):
    first = rng.randrange(2, 8)
    ref = f"{rng.choice('ABCDE')}{first}:{rng.choice('EFG')}{first + rng.randrange(1, 3)}"
    merge = f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'
    return edit_sheet(base, lambda x: x.replace("</sheetData>", "</sheetData>" + merge, 1))


def _bad_number(rng, base, folder, n):
    value = rng.choice(["NaN", "INF", "-inf", "1e308", "1e400", "12abc", "²"])
    ref = rng.choice(["K2", "L3", "B4"])  # counts and a date
    return edit_sheet(base, lambda x: _set_cell(x, ref, _cell(ref, f"<v>{value}</v>")))


def _error_value(rng, base, folder, n):
    value = rng.choice(["#N/A", "#REF!", "#VALUE!"])
    return edit_sheet(base, lambda x: _set_cell(x, "E2", _cell("E2", f"<v>{value}</v>", "e")))


def _malformed(rng, base, folder, n):
    members = parts(base)
    name = rng.choice([SHEET, "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml"])
    xml = members[name]
    kind = rng.randrange(4)
    if kind == 0:
        members[name] = xml[: rng.randrange(1, len(xml) - 1)]
    elif kind == 1:  # invalid UTF-8 inside text
        at = xml.find(b">", len(xml) // 2) + 1
        members[name] = xml[:at] + b"\xff\xfe\xc3" + xml[at:]
    elif kind == 2:
        members[name] = xml.replace(b"<", b"<<", 1 + rng.randrange(3))
    else:  # entity expansion
        bomb = (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        )
        members[name] = bomb + re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    return pack(members)


def _wrong_ids(rng, base, folder, n, other_ids=()):
    xml = parts(base)[SHEET].decode()
    rows = _rows_of(xml)
    kind = rng.randrange(3)
    if kind == 0:  # a row duplicated with its id
        last = int(re.search(r'<row r="(\d+)"', rows[-1]).group(1))
        source = rows[rng.randrange(1, len(rows))]
        number = int(re.search(r'<row r="(\d+)"', source).group(1))
        copy = source.replace(f'r="{number}"', f'r="{last + 1}"')
        copy = re.sub(rf'r="([A-Z]+){number}"', rf'r="\g<1>{last + 1}"', copy)
        xml = xml.replace("</sheetData>", copy + "</sheetData>")
    else:
        new = (
            str(uuid.UUID(int=rng.getrandbits(128)))
            if kind == 1 or not other_ids
            else str(rng.choice(list(other_ids)))
        )
        ref = f"A{rng.randrange(2, len(rows) + 1)}"
        xml = _set_cell(xml, ref, _cell(ref, f"<is><t>{new}</t></is>", "inlineStr"))
    return with_part(base, SHEET, xml.encode())


def _mutation(rng, base, folder, n, other_ids=()):
    """A few random bytes of a workbook that is refused anyway (a duplicated id)."""
    data = bytearray(_wrong_ids(random.Random(rng.random()), base, folder, n, other_ids))
    for _ in range(rng.randrange(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


CLASSES: dict[str, Callable] = {
    "symlink": _symlink,
    "fifo": _fifo,
    "device": _device,
    "folder": _folder,
    "not-zip": _not_zip,
    "members": _many_members,
    "declared-size": _declared_huge,
    "bomb": _bomb,
    "styles": _styles,
    "long-cell": _long_cell,
    "rows": _many_rows,
    "formula": _formula,
    "merged": _merged,
    "number": _bad_number,
    "error-value": _error_value,
    "malformed": _malformed,
    "ids": _wrong_ids,
    "mutation": _mutation,
}


def generate(
    seed: int, count: int, base: bytes, folder: Path, other_ids=(), first: int = 0
) -> list[Case]:
    """``count`` cases numbered from ``first``, every class in turn, seeded."""
    rng = random.Random(seed * 1_000_003 + first)
    names = list(CLASSES)
    cases = []
    for n in range(first, first + count):
        kind = names[n % len(names)]
        maker = CLASSES[kind]
        kwargs = {"other_ids": other_ids} if kind in ("ids", "mutation") else {}
        made = maker(rng, base, folder, n, **kwargs)
        if isinstance(made, bytes):
            path = folder / f"hostile_{n:04d}.xlsx"
            path.write_bytes(made)
            made = path
        cases.append(Case(kind, made))
    return cases


# -- checking ------------------------------------------------------------------------


def dump(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def message_problem(lines: list[str], file_name: str) -> str | None:
    for line in lines:
        if "\n" in line or "Traceback" in line:
            return f"not one line: {line!r}"
        text = line.replace(file_name, "")
        if not re.search("[а-яА-ЯёЁ]", text):
            return f"no Cyrillic: {line!r}"
        if "Непредвиденная" in text:
            return f"generic: {line!r}"
        latin = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)} - _ALLOWED_LATIN
        if latin:
            return f"English {sorted(latin)}: {line!r}"
    return None


def check(case: Case, run_import: Callable[[Path], object], database: Path) -> Outcome:
    """Import one case; a proper refusal is a ValidationError with Russian lines."""
    import warnings

    from app.errors import ValidationError
    from app.excel import ExcelImportError

    before = dump(database)
    started = time.perf_counter()
    problem = None
    lines: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            run_import(case.path)
            problem = "accepted"
        except ExcelImportError as err:
            lines = [str(e) for e in err.errors] + [err.message]
        except ValidationError as err:
            lines = [err.message]
        except Exception as err:  # a crash is what we count
            problem = f"crash {type(err).__name__}: {err}"[:300]
    seconds = time.perf_counter() - started
    if problem is None:
        problem = message_problem(lines, case.path.name)
    if problem is None and caught:
        problem = f"warning printed: {caught[0].message}"[:300]
    if problem is None and dump(database) != before:
        problem = "database changed"
    if problem is None and seconds > BUDGET_SECONDS:
        problem = f"over budget: {seconds:.1f} s"
    return Outcome(case.name, problem, seconds, tuple(lines))
