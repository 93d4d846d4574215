"""``perekhod --version`` vs ``python -c pass``: what a command costs before it does anything.

Both are whole processes started through the virtual environment's executables (the
``perekhod`` console script and its python), alternating; medians. ``--version`` is
answered before argparse and the commands are loaded (ui/launcher.py).

Budget: ratio ≤ 3. Last line: ``ratio <version/pass>``.

    uv run python tests/bench/version_cold.py [--runs 21]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BUDGET = 3.0


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    bare, version = [sys.executable, "-c", "pass"], [str(BIN / "perekhod"), "--version"]
    timed(bare), timed(version)  # warm-up: bytecode, OS file cache
    bare_times, version_times = [], []
    for _ in range(max(args.runs, 1)):
        bare_times.append(timed(bare))
        version_times.append(timed(version))
    floor, ours = statistics.median(bare_times), statistics.median(version_times)
    print(f"python -c pass:     {floor * 1000:.1f} ms (median of {len(bare_times)})")
    print(f"perekhod --version: {ours * 1000:.1f} ms; budget: ratio ≤ {BUDGET}")
    print(f"ratio {ours / floor:.2f}")


if __name__ == "__main__":
    main()
