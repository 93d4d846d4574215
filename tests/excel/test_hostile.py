"""Hostile workbooks are refused: one Russian line, nothing written, within the budget.

A seeded sample of every class of tests/excel/hostile.py (the long run is
tests/reliability/hostile_xlsx.py); plus rows beyond the declared dimension, formulas and
merged cells at their cell, and the peak memory of the worst cases.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.excel import ExcelImportError
from app.partnership.events import list_events
from app.partnership.excel_import import import_events
from app.partnership.measures import list_measures
from app.tables import table_io
from tests.excel import hostile
from tests.partnership.fixture import TODAY, build

SAMPLE = 54  # three of every class
MEMORY_LIMIT = 256 * 1024 * 1024


@pytest.fixture
def events(school, tmp_path) -> Path:
    build(school.scope)
    return table_io("events").export(school.scope, tmp_path / "events.xlsx", None)


def _run(school):
    return lambda path: import_events(school.scope, path, dry_run=False, today=TODAY)


def test_hostile_sample_is_refused(school, events, tmp_path):
    other = [m.id for m in list_measures(school.scope)]
    folder = tmp_path / "hostile"
    folder.mkdir()
    cases = hostile.generate(15, SAMPLE, events.read_bytes(), folder, other)
    database = school.folder.database
    started = time.perf_counter()
    outcomes = [hostile.check(case, _run(school), database) for case in cases]
    bad = [(o.case, o.problem) for o in outcomes if o.problem]
    assert bad == []
    assert time.perf_counter() - started < 30
    assert {o.case for o in outcomes} == set(hostile.CLASSES)


def _rows_beyond_dimension(events: Path) -> bytes:
    members = hostile.parts(events.read_bytes())
    xml = members[hostile.SHEET].decode()
    xml = re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:R2"', xml)
    members[hostile.SHEET] = xml.encode()
    return hostile.pack(members)


def test_rows_beyond_the_declared_dimension_are_read(school, events):
    events.write_bytes(_rows_beyond_dimension(events))
    summary = import_events(school.scope, events, dry_run=True, today=TODAY).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 9)


def _refusal(school, events: Path, data: bytes) -> list[str]:
    events.write_bytes(data)
    with pytest.raises(ExcelImportError) as caught:
        import_events(school.scope, events, dry_run=False, today=TODAY)
    return [str(e) for e in caught.value.errors]


def test_formula_without_cached_value_is_refused_at_its_cell(school, events):
    cell = '<c r="E3"><f>E2</f></c>'
    data = hostile.edit_sheet(events.read_bytes(), lambda x: hostile._set_cell(x, "E3", cell))
    assert _refusal(school, events, data) == [
        "Совместные мероприятия!E3: Формула не загружается: замените её значением "
        "(Копировать → Вставить значения)."
    ]


def test_merged_cells_in_data_columns_are_refused(school, events):
    merge = '<mergeCells count="2"><mergeCell ref="C2:C4"/><mergeCell ref="Z2:Z9"/></mergeCells>'
    data = hostile.edit_sheet(
        events.read_bytes(), lambda x: x.replace("</sheetData>", "</sheetData>" + merge)
    )
    assert _refusal(school, events, data) == [
        "Совместные мероприятия!C2: Объединённые ячейки C2:C4: разъедините их и заполните "
        "каждую ячейку."
    ]


def test_duplicate_and_foreign_ids_are_refused(school, events):
    base = events.read_bytes()
    xml = hostile.parts(base)[hostile.SHEET].decode()
    event_id = re.search(r'<c r="A2"[^>]*>.*?</c>', xml, re.S).group(0)
    measure = str(list_measures(school.scope)[0].id)
    foreign = f'<c r="A4" t="inlineStr"><is><t>{measure}</t></is></c>'
    xml = hostile._set_cell(xml, "A3", event_id.replace('r="A2"', 'r="A3"'))
    xml = hostile._set_cell(xml, "A4", foreign)
    errors = _refusal(school, events, hostile.with_part(base, hostile.SHEET, xml.encode()))
    assert errors == [
        "Совместные мероприятия!A3: Этот идентификатор уже встречался в строке 2.",
        "Совместные мероприятия!A4: Строки с таким идентификатором нет в этой таблице школы; "
        "очистите ячейку, чтобы добавить новую строку.",
    ]
    assert len(list_events(school.scope)) == 9


def test_zip_caps_are_read_from_the_directory(events, tmp_path):
    """Sanity of the generator: a bomb part really is small on disk."""
    data = hostile._bomb(__import__("random").Random(1), events.read_bytes(), tmp_path, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert max(i.file_size / max(i.compress_size, 1) for i in z.infolist()) > 100
    assert len(data) < 2 * 1024 * 1024


def test_peak_memory_of_the_worst_cases(tmp_path):
    """Each worst case in a fresh process: the high-water mark stays under 256 MiB."""
    script = Path(__file__).resolve().parents[1] / "reliability" / "hostile_xlsx.py"
    result = subprocess.run(
        [sys.executable, str(script), "--memory", "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    peak = int(result.stdout.strip().splitlines()[-1].split()[-1])
    assert peak <= MEMORY_LIMIT
