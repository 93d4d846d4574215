"""Report length benchmark: time per PDF page of the roadmap report, 10,000 rows vs 1,000.

``perekhod report --kind roadmap`` (:func:`app.reports.kinds.build_report`) for the
current academic year of two schools: the demo topped up to 1,000 activities in that
year (tests/bench/large_school.py's generator) and the ``stress`` set (10,000). The time
per page is the whole report's time (data read, tables, pages, fonts) divided by its
pages; medians of several runs after a warm-up, both in the same process.

Budget: time per page at 10k ≤ 1.2× at 1k (a report grows linearly with its length).
Last line: ``ratio <per page 10k / per page 1k>``.

    uv run python tests/bench/report_pages.py [--runs 3] [--smoke]

``--smoke`` (CI): 60 and 600 rows, one run — checks the script, not the timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_school

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.installation import open_installation

BUDGET = 1.2


def topped_up(folder: Path, rows: int, today: date) -> Path:
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


def per_page(folder: Path, out: Path, runs: int, today: date) -> tuple[float, int]:
    """Median seconds per page of the roadmap report, and its pages."""
    from app.reports.kinds import build_report

    installation = open_installation(DataFolder(folder))
    year = AcademicYear.containing(today)
    try:
        build_report(installation, out, "roadmap", year, today=today)  # warm-up
        times, pages = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            pages = build_report(installation, out, "roadmap", year, today=today).pages
            times.append((time.perf_counter() - start) / pages)
    finally:
        installation.close()
    return statistics.median(times), pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="small reports, one run")
    args = parser.parse_args()
    runs = 1 if args.smoke else max(args.runs, 1)
    today = date.today()
    small_rows, big_rows = (60, 600) if args.smoke else (1_000, None)
    with tempfile.TemporaryDirectory(prefix="perekhod-report-pages-") as temp:
        tmp = Path(temp)
        small = topped_up(tmp / "small", small_rows, today)
        if big_rows is None:
            big = large_school.copy_of("stress", tmp / "big", today)
        else:
            big = topped_up(tmp / "big", big_rows, today)
        small_page, small_pages = per_page(small, tmp / "small.pdf", runs, today)
        big_page, big_pages = per_page(big, tmp / "big.pdf", runs, today)
    print(f"roadmap report, median of {runs}:")
    print(f"  small: {small_pages} pages, {small_page * 1000:.1f} ms per page")
    print(f"  big:   {big_pages} pages, {big_page * 1000:.1f} ms per page")
    print(f"budget: per page at 10k ≤ {BUDGET}× per page at 1k")
    print(f"ratio {big_page / small_page:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
