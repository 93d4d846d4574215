"""The kill loop (tests/reliability/kill_loop.py) as a CI test: ≥ 100 SIGKILLs during
writes, imports, exports, backups, restores and a migration; nothing logged is lost and
nothing is corrupt."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "reliability" / "kill_loop.py"
KILLS = 100


def _kill_loop():
    spec = importlib.util.spec_from_file_location("kill_loop", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_loop"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill loop forks its driver (POSIX)")
def test_sigkill_loses_nothing_and_corrupts_nothing(tmp_path):
    lines: list[str] = []
    result = _kill_loop().run(KILLS, seed=15, work=tmp_path / "kill", report=lines.append)
    assert result.kills >= KILLS
    assert lines[-1] == f"kills {result.kills}, lost 0, corrupt 0", "\n".join(lines)
    assert result.lost == 0 and result.corrupt == 0, "\n".join(result.problems[:20])
    assert result.ops_done > result.kills  # the driver really worked between kills
