"""Start-up benchmark: process start → «Главная» painted with the school's data (demo school).

App: the virtual environment's ``perekhod --data-dir DIR`` with ``PEREKHOD_SMOKE_EXIT``
(ui/smoke.py): the time from process start until it prints ``smoke-ok`` — the
installation open and Главная painted with the school's profile and reminders.
Floor: tests/bench/frozen_floor.py run by the same environment's python — a bare window
that imports SQLAlchemy's ORM, opens the same database file and paints one query's result,
noticed by the same 50 ms timer. Both offscreen, with compiled bytecode on both sides (a
warm-up run of each writes it), alternating runs; medians. Also the peak RSS of each.

Budget: ratio ≤ 1.5 on the demo (tests/bench/startup_large.py: ≤ 2 and RSS ≤ 150 MB on the
large school). Last line: ``ratio <app/floor>``.

    uv run python tests/bench/startup.py [--runs 7] [--data DEMO_FOLDER]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent  # the virtual environment's scripts
BUDGET = 1.5


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    rss_mb: float


def environment() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEREKHOD_SMOKE_EXIT": "60"}
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    return env


def app_command(data: Path) -> list[str]:
    return [str(BIN / "perekhod"), "--data-dir", str(data)]


def floor_command(data: Path) -> list[str]:
    return [sys.executable, str(BENCH / "frozen_floor.py"), "--data-dir", str(data)]


def timed(command: list[str], marker: str) -> Run:
    """Seconds from process start until the child prints a line starting with ``marker``,
    and the child's peak RSS."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment()
    )
    elapsed = None
    for line in child.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - start
            break
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read()
    if elapsed is None or child.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({child.returncode}): {errors[-2000:]}")
    return Run(elapsed, usage.ru_maxrss / 1024)


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy of a data folder without window state (Главная opens, not the last section)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("ui.ini", "logs"))
    return target


def compare(data: Path, runs: int) -> tuple[list[Run], list[Run]]:
    """Warm-up runs of each (bytecode, OS file cache), then ``runs`` alternating pairs."""
    app, floor = app_command(data), floor_command(data)
    timed(app, "smoke-ok ")
    timed(floor, "floor-ok ")
    app_runs, floor_runs = [], []
    for _ in range(runs):
        floor_runs.append(timed(floor, "floor-ok "))
        app_runs.append(timed(app, "smoke-ok "))
        (data / "ui.ini").unlink(missing_ok=True)
    return app_runs, floor_runs


def report(what: str, app_runs: list[Run], floor_runs: list[Run], budget: float) -> float:
    def ms(runs: list[Run]) -> str:
        return " ".join(f"{r.seconds * 1000:.0f}" for r in runs)

    app = statistics.median(r.seconds for r in app_runs)
    floor = statistics.median(r.seconds for r in floor_runs)
    print(f"data: {what}")
    print(f"floor runs (ms): {ms(floor_runs)}")
    print(f"app runs (ms):   {ms(app_runs)}")
    print(f"floor: window + SQLAlchemy ORM + one query painted: {floor * 1000:.0f} ms")
    print(f"app:   «Главная» with the school's data painted:   {app * 1000:.0f} ms")
    print(f"floor peak RSS: {max(r.rss_mb for r in floor_runs):.0f} MB")
    print(f"app peak RSS:   {max(r.rss_mb for r in app_runs):.0f} MB")
    print(f"medians of {len(app_runs)} runs each, offscreen; budget: ratio ≤ {budget}")
    return app / floor


def make_demo(target: Path) -> Path:
    made = subprocess.run(
        [str(BIN / "perekhod"), "demo", "school", "--data-dir", str(target)],
        env=environment(),
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        raise SystemExit(f"demo school failed: {made.stderr[-2000:]}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, help="a demo data folder to copy (default: a new one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="perekhod-startup-") as tmp:
        target = Path(tmp) / "demo"
        data = fresh_copy(args.data, target) if args.data else make_demo(target)
        app_runs, floor_runs = compare(data, max(args.runs, 1))
    ratio = report("the demo school", app_runs, floor_runs, BUDGET)
    print(f"ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
