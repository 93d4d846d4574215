"""CI smoke runs of the issue-17 scale benches (edits, report length, Excel round trip):
each runs once on small inputs and ends with ``ratio <n>`` — no timing is asserted here
(timings are judged from the benches themselves)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "bench"
LAST_LINE = re.compile(r"ratio \d+(\.\d+)?")


@pytest.mark.slow  # each builds a small data set and runs a whole bench (~20 s)
@pytest.mark.parametrize(
    "script", ["edit_scale.py", "report_pages.py", "xlsx_roundtrip.py", "municipal_report.py"]
)
def test_bench_runs_and_ends_with_its_ratio(script: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEREKHOD_BENCH_CACHE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) >= 2  # measurements first
    assert LAST_LINE.fullmatch(lines[-1]), lines[-1]
