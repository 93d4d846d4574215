"""CI smoke runs of the start and command benchmarks (issue 17): each runs once on small
inputs and ends with ``ratio <n>``. No timing is asserted: the figures are judged from the
benches themselves (README «Производительность»)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "bench"
LAST_LINE = re.compile(r"ratio \d+(\.\d+)?")


def run_bench(name: str, *args: str, env: dict | None = None) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(BENCH / name), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert LAST_LINE.fullmatch(lines[-1]), lines[-1]
    return lines


def test_version_bench() -> None:
    lines = run_bench("version_cold.py", "--runs", "1")
    assert any(line.startswith("perekhod --version:") for line in lines)


def test_startup_bench_on_the_demo(demo_folder) -> None:
    lines = run_bench("startup.py", "--runs", "1", "--data", str(demo_folder.root))
    assert any(line.startswith("app:   «Главная»") for line in lines)


def test_startup_large_bench_on_a_scaled_down_large_school(tmp_path) -> None:
    env = {"PEREKHOD_BENCH_CACHE": str(tmp_path)}
    lines = run_bench("startup_large.py", "--runs", "1", "--scale", "0.01", env=env)
    assert any("peak RSS" in line and "budget" in line for line in lines)


@pytest.mark.parametrize("kind", ["summary", "blank-self-assessment"])
def test_report_cold_bench(demo_folder, kind) -> None:
    args = ["--runs", "1", "--data", str(demo_folder.root), "--kind", kind]
    lines = run_bench("report_cold.py", *args, "--year", "2024-2025")
    assert any(line.startswith(f"report {kind} 2024-2025:") for line in lines)
