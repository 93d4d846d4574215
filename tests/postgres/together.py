"""The app's CLI started several times and let go at one moment, for the hub's concurrency
tests and its benchmark (no pytest here: ``tests/bench`` uses it too)."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# A process of the app that gets ready, says so and waits for the starting signal.
READY_THEN_MAIN = (
    "import os, sys, time\n"
    "go = sys.argv.pop(1)\n"
    "from app.cli import main\n"
    "open(f'{go}.ready.{os.getpid()}', 'w').close()\n"
    "while not os.path.exists(go):\n"
    "    time.sleep(0.002)\n"
    "raise SystemExit(main())\n"
)


def timed_together(
    commands: list[list[str]], signals: Path, timeout: float
) -> tuple[list[subprocess.CompletedProcess], float]:
    """Start the CLI once per command, let every process get ready, then let them all go
    at the same moment; what each printed, and the seconds until the last one ended."""
    signals.mkdir(parents=True, exist_ok=True)
    go = signals / f"go-{uuid.uuid4().hex[:8]}"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", READY_THEN_MAIN, str(go), *command],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    try:
        deadline = time.monotonic() + timeout
        ready = {Path(f"{go}.ready.{p.pid}") for p in processes}
        while not all(path.exists() for path in ready):
            if any(p.poll() is not None for p in processes):
                raise RuntimeError("a process ended before the start")
            if time.monotonic() > deadline:
                raise RuntimeError("the processes never got ready")
            time.sleep(0.01)
        started = time.perf_counter()
        go.touch()
        outputs = [p.communicate(timeout=timeout) for p in processes]
        took = time.perf_counter() - started
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    done = [
        subprocess.CompletedProcess(p.args, p.returncode, out, err)
        for p, (out, err) in zip(processes, outputs, strict=True)
    ]
    return done, took
