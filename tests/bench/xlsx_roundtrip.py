"""Excel round-trip benchmark: the roadmap of 10,000 rows exported and imported vs openpyxl.

Ours: the ``roadmap`` table's export (``export-xlsx``: read the year, typed and styled
cells, fitted widths, frozen header, filter) and its import of that same workbook with
every title changed (``import-xlsx``: checked read, validation, one transaction writing
10,000 updates). Floor: bare openpyxl writing the same values (``Workbook``, ``append``,
``save``) and reading them back (``load_workbook(read_only=True)``) followed by one
``executemany`` UPDATE of the same rows on the same SQLite file. Medians of several runs.

Budget: export and import each ≤ 2× their floor. Last line: ``ratio <the larger one>``.

    uv run python tests/bench/xlsx_roundtrip.py [--runs 3] [--smoke]

``--smoke`` (CI): 200 rows, one run — checks the script, not the timing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_school

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.installation import open_installation

BUDGET = 2.0


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def school(folder: Path, rows: int, today: date) -> Path:
    """The demo school with ``rows`` activities in the current year."""
    from app.demo import create_demo_school

    installation = create_demo_school(DataFolder(folder), today=today)
    try:
        with installation.scope.unit_of_work() as session:
            year = AcademicYear.containing(today)
            tasks = large_school._widen_programme(session, year)
            rng = random.Random(large_school.SEED)
            large_school._top_up_activities(session, rng, year, rows, tasks, today)
    finally:
        installation.close()
    return folder


def retitled(source: Path, target: Path, n: int) -> Path:
    """``source`` (our roadmap workbook) with every activity's title changed."""
    from openpyxl import load_workbook

    from app.programme import texts

    book = load_workbook(source)
    sheet = book.active
    column = [c.value for c in sheet[1]].index(texts.COL_TITLE) + 1
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row=row, column=column)
        cell.value = f"{cell.value} · {n}"
    book.save(target)
    return target


def floor_export(path: Path, values: list[list]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in values:
        sheet.append(row)
    book.save(path)


def floor_import(path: Path, database: Path, n: int) -> None:
    """Read the workbook back, then one executemany UPDATE of every row's title."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(min_row=2, values_only=True))
    book.close()
    with sqlite3.connect(database) as connection:
        connection.executemany(
            "UPDATE roadmap_activity SET title = ? WHERE id = ?",
            [(f"{row[3]} · {n}", str(row[0]).replace("-", "")) for row in rows],
        )


def imported(scope, path: Path, count: int) -> None:
    from app.programme.excel import ROADMAP_TABLE

    updated = ROADMAP_TABLE.import_file(scope, path, False).value.updated
    if updated != count:
        raise SystemExit(f"import updated {updated} of {count} rows")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--smoke", action="store_true", help="200 rows, one run")
    args = parser.parse_args()
    runs, rows = (1, 200) if args.smoke else (max(args.runs, 1), args.rows)
    today = date.today()
    year = AcademicYear.containing(today)
    from app.programme.excel import ROADMAP_COLUMNS, ROADMAP_TABLE

    with tempfile.TemporaryDirectory(prefix="perekhod-xlsx-bench-") as temp:
        tmp = Path(temp)
        folder = school(tmp / "school", rows, today)
        installation = open_installation(DataFolder(folder))
        scope = installation.scope
        out = tmp / "ours.xlsx"
        ROADMAP_TABLE.export(scope, out, year)  # warm-up: imports, statements
        from app.programme.roadmap import list_activities

        values = [[c.header for c in ROADMAP_COLUMNS]] + [
            [c.value(r) for c in ROADMAP_COLUMNS] for r in list_activities(scope, year)
        ]
        count = len(values) - 1
        floor_out = tmp / "floor.xlsx"
        ours_export, floor_exp, ours_import, floor_imp = [], [], [], []
        for n in range(runs):
            ours_export.append(timed(lambda: ROADMAP_TABLE.export(scope, out, year)))
            floor_exp.append(timed(lambda: floor_export(floor_out, values)))
            changed = retitled(out, tmp / f"changed-{n}.xlsx", n)
            ours_import.append(timed(partial(imported, scope, changed, count)))
            database = folder / "perekhod.sqlite"
            floor_imp.append(timed(partial(floor_import, changed, database, n)))
        installation.close()

    exp, fexp = statistics.median(ours_export), statistics.median(floor_exp)
    imp, fimp = statistics.median(ours_import), statistics.median(floor_imp)
    print(f"roadmap of {count} rows, medians of {runs}:")
    print(f"  export {exp:.2f} s vs openpyxl write {fexp:.2f} s: {exp / fexp:.2f}×")
    print(f"  import {imp:.2f} s vs openpyxl read + executemany {fimp:.2f} s: {imp / fimp:.2f}×")
    print(f"budget: each ≤ {BUDGET}×")
    print(f"ratio {max(exp / fexp, imp / fimp):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
