"""Long run of the hostile workbook corpus against the ``events`` import.

    uv run python tests/reliability/hostile_xlsx.py --files 400 [--seed 7]
    uv run python tests/reliability/hostile_xlsx.py --memory

The first builds a school with the partnership fixture, generates ``--files`` hostile
workbooks (tests/excel/hostile.py, every class in turn) and imports each; the last line
reads «files N, accepted 0, DB changed 0, crashes 0, over budget 0» when all is well
(other problems — a message that is not one Russian line, a printed warning — are listed
and counted as «other»). ``--memory`` imports the worst cases each in a fresh process and
prints the highest peak (ru_maxrss) as «peak <bytes>».
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORST = ("bomb", "styles", "long-cell", "rows", "declared-size", "members", "malformed")


def _school(folder: Path):
    from app.data_folder import DataFolder
    from app.installation import SchoolInfo, create_school, open_installation
    from tests.partnership.fixture import build

    data = DataFolder(folder / "data")
    if data.database.exists():
        return open_installation(data)
    installation = create_school(data, SchoolInfo(full_name="МОУ «Школа»", short_name="Школа"))
    build(installation.scope)
    return installation


def _importer(installation):
    from app.partnership.excel_import import import_events
    from tests.partnership.fixture import TODAY

    return lambda path: import_events(installation.scope, path, dry_run=False, today=TODAY)


def _base(installation, folder: Path) -> tuple[bytes, list]:
    from app.partnership.measures import list_measures
    from app.tables import table_io

    path = table_io("events").export(installation.scope, folder / "events.xlsx", None)
    return path.read_bytes(), [m.id for m in list_measures(installation.scope)]


def run(files: int, seed: int, folder: Path) -> int:
    from tests.excel import hostile

    installation = _school(folder)
    try:
        base, other = _base(installation, folder)
        cases_folder = folder / "cases"
        cases_folder.mkdir(exist_ok=True)
        counts = {"accepted": 0, "changed": 0, "crashes": 0, "over": 0, "other": 0}
        slowest = 0.0
        for start in range(0, files, 50):  # generate in batches: big cases are big on disk
            size = min(50, files - start)
            batch = hostile.generate(seed, size, base, cases_folder, other, first=start)
            for case in batch:
                outcome = hostile.check(case, _importer(installation), installation.folder.database)
                slowest = max(slowest, outcome.seconds)
                problem = outcome.problem or ""
                key = (
                    "accepted"
                    if problem == "accepted"
                    else "changed"
                    if problem == "database changed"
                    else "crashes"
                    if problem.startswith("crash")
                    else "over"
                    if problem.startswith("over budget")
                    else "other"
                    if problem
                    else None
                )
                if key:
                    counts[key] += 1
                    print(f"{case.name} {case.path.name}: {problem}")
                if case.path.parent == cases_folder and case.path.is_file():
                    case.path.unlink()
        print(f"slowest {slowest:.2f} s, other problems {counts['other']}")
        print(
            f"files {files}, accepted {counts['accepted']}, DB changed {counts['changed']}, "
            f"crashes {counts['crashes']}, over budget {counts['over']}"
        )
        return 0 if not any(counts.values()) else 1
    finally:
        installation.close()


def memory(folder: Path) -> int:
    from tests.excel import hostile

    installation = _school(folder)
    try:
        base, _ = _base(installation, folder)
    finally:
        installation.close()
    rng = random.Random(3)
    peak = 0
    for kind in WORST:
        for n in range(2):
            made = hostile.CLASSES[kind](rng, base, folder, n)
            path = folder / f"worst_{kind}_{n}.xlsx"
            path.write_bytes(made)
            child = subprocess.run(
                [sys.executable, __file__, "--one", str(path), "--folder", str(folder)],
                capture_output=True,
                text=True,
                timeout=60,
            )
            if child.returncode != 0:
                print(child.stdout, child.stderr)
                return 1
            used = int(child.stdout.strip().splitlines()[-1].split()[-1])
            print(f"{kind}: {used / 2**20:.0f} MiB")
            peak = max(peak, used)
            path.unlink()
    print(f"peak {peak}")
    return 0


def one(path: Path, folder: Path) -> int:
    """Import one file in this fresh process; print the peak resident memory in bytes."""
    from tests.excel import hostile

    installation = _school(folder)
    try:
        outcome = hostile.check(
            hostile.Case("one", path), _importer(installation), installation.folder.database
        )
    finally:
        installation.close()
    if outcome.problem:
        print(outcome.problem)
        return 1
    scale = 1 if sys.platform == "darwin" else 1024
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--one", type=Path)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostile_xlsx_") as temporary:
        folder = args.folder or Path(temporary)
        if args.one:
            return one(args.one, folder)
        if args.memory:
            return memory(folder)
        return run(args.files, args.seed, folder)


if __name__ == "__main__":
    sys.exit(main())
