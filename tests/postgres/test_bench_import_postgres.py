"""tests/bench/import_postgres.py still runs: four schools' packages into SQLite and into
PostgreSQL with one and two importers, the consolidated views timed, ``ratio <n>`` last;
then ``--keep-server`` / ``--views-only`` time the views again over the hub it kept."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.municipality.consolidated import VIEW_KEYS
from tests.postgres.server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "tests" / "bench" / "import_postgres.py"
SECONDS = r"\d+\.\d\d s"


def bench(*args: str, temp: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(BENCH), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TMPDIR": str(temp)},  # its package cache: this test's own
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def view_times(lines: list[str]) -> dict[str, str]:
    pattern = re.compile(
        rf"consolidated view (\S+) on PostgreSQL: first {SECONDS}, then {SECONDS} "
        rf"\(the data alone {SECONDS}\)"
    )
    return {m.group(1): line for line in lines if (m := pattern.fullmatch(line))}


def test_the_bench_imports_times_the_views_and_ends_with_the_ratio(
    pg_server: PostgresServer,  # skips (or fails under CI) where no server can start
    tmp_path: Path,
) -> None:
    keep = Path(tempfile.mkdtemp(prefix="perekhod-bench-kept-", dir="/tmp"))  # postgres enters
    try:
        lines = bench("--schools", "4", "--keep-server", str(keep), temp=tmp_path)
        assert re.fullmatch(r"ratio \d+\.\d\d", lines[-1]), lines[-5:]
        assert float(lines[-1].split()[1]) > 0
        assert any(re.fullmatch(r"SQLite, 1 importer: \d+\.\d s", line) for line in lines)
        assert sorted(view_times(lines)) == sorted(VIEW_KEYS), lines

        again = bench("--keep-server", str(keep), "--views-only", temp=tmp_path)
        assert any(f"the hub kept in {keep}: 4 schools" in line for line in again), again
        assert sorted(view_times(again)) == sorted(VIEW_KEYS), again
        assert not any(line.startswith("ratio") for line in again)
        assert not (keep / "pg" / "data" / "postmaster.pid").exists()  # the server stopped
    finally:
        shutil.rmtree(keep, ignore_errors=True)
