"""CI smoke run of the import benchmark (tests/bench/import_packages.py) on 5 generated
packages: it imports them all and ends with ``ratio <n>``. No timing is asserted here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "import_packages.py"
LAST_LINE = re.compile(r"ratio \d+(\.\d+)?")


def test_import_bench_runs_and_ends_with_its_ratio() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--packages", "5"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert any(line.startswith("import: ") and " 5 schools" in line for line in lines)
    assert LAST_LINE.fullmatch(lines[-1]), lines[-1]
