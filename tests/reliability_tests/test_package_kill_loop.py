"""The package kill loop (tests/reliability/package_kill_loop.py) as a CI test: SIGKILLs
while a municipality imports school packages and while a school writes packages to a stick;
nothing logged is lost, nothing is corrupt, no half-written file looks like a package."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "reliability" / "package_kill_loop.py"
KILLS = 25


def _loop():
    spec = importlib.util.spec_from_file_location("package_kill_loop", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["package_kill_loop"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill loop forks its driver (POSIX)")
def test_sigkill_during_package_import_and_export(tmp_path):
    lines: list[str] = []
    result = _loop().run(KILLS, seed=11, work=tmp_path / "kill", report=lines.append)
    assert result.kills >= KILLS
    assert lines[-1] == f"kills {result.kills}, lost 0, corrupt 0", "\n".join(result.problems)
