"""Start-up benchmark on the large school: process start → «Главная» painted with its data.

The same measurement as tests/bench/startup.py (the app under ``PEREKHOD_SMOKE_EXIT``
against the bare-window floor on the same database file, alternating runs, medians), on
the large school of tests/bench/large_school.py: ten years × 300 activities, 1,500 joint
events, 20 self-assessment runs. The floor's one query does not grow with the data; the
app's start must not either.

Budget: ratio ≤ 2 and the app's peak RSS ≤ 150 MB. Last line: ``ratio <app/floor>``.

    uv run python tests/bench/startup_large.py [--runs 7] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_school
import startup

BUDGET = 2.0
RSS_BUDGET_MB = 150


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0, help="shrink the data (smoke runs)")
    args = parser.parse_args()
    source = large_school.cached("large", scale=args.scale)
    with tempfile.TemporaryDirectory(prefix="perekhod-startup-large-") as tmp:
        data = startup.fresh_copy(source, Path(tmp) / "large")
        app_runs, floor_runs = startup.compare(data, max(args.runs, 1))
    what = "the large school" + ("" if args.scale == 1.0 else f" scaled by {args.scale:g}")
    ratio = startup.report(what, app_runs, floor_runs, BUDGET)
    peak = max(r.rss_mb for r in app_runs)
    verdict = "within" if peak <= RSS_BUDGET_MB else "OVER"
    print(f"app peak RSS {peak:.0f} MB: {verdict} the {RSS_BUDGET_MB} MB budget")
    print(f"ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
