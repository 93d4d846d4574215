"""Small tmpfs mounts for the disk-full and read-only tests, and what every refusal must
look like. Mounting needs root (CI runs as root); elsewhere the tests skip with the reason.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main

KIB = 1024
LEFTOVER_PATTERNS = ("*.part", "*.tmp", "*.restore-part", "*.part-journal")


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(mount: Path, size: int, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes at ``mount`` (read-only when asked), unmounted after."""
    mount.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    options = f"size={size}" + (",ro" if read_only else "")
    done = _mount("-t", "tmpfs", "-o", options, "tmpfs", str(mount))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        _forget_logs(mount)
        subprocess.run(["umount", "-l", str(mount)], check=False)


def remount(mount: Path, read_only: bool) -> None:
    """Switch a mount to read-only or back; skip when the system does not allow it."""
    _forget_logs(mount)
    done = _mount("-o", "remount," + ("ro" if read_only else "rw"), str(mount))
    if done.returncode != 0:
        pytest.skip(f"cannot remount {mount}: {done.stderr.strip()}")


def _forget_logs(mount: Path) -> None:
    """Close log handlers writing under ``mount`` (an open file keeps it from going ro)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", "")
        if name and Path(name).is_relative_to(mount):
            root.removeHandler(handler)
            handler.close()


def fill(mount: Path, free: int) -> Path:
    """Leave about ``free`` bytes on ``mount``; delete the returned file to free space."""
    filler = mount / "filler"
    stat = os.statvfs(mount)
    size = stat.f_bavail * stat.f_frsize - free
    assert size > 0
    with open(filler, "wb") as handle:
        os.posix_fallocate(handle.fileno(), 0, size)
    return filler


def refused(code: int, captured, starts: str) -> str:
    """Exit code 1 and exactly one stderr line in Russian starting with ``starts``; no
    traceback, no logging error, nothing on stdout."""
    assert code == 1, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(starts), lines[0]
    assert "Traceback" not in captured.err and "Logging error" not in captured.err
    assert "Непредвиденная ошибка" not in captured.err
    assert captured.out == ""
    return lines[0]


def leftovers(*roots: Path) -> list[Path]:
    return sorted(
        path for root in roots for pattern in LEFTOVER_PATTERNS for path in root.rglob(pattern)
    )


def dump(database: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as conn:
        return sorted(conn.iterdump())


@pytest.fixture
def quiet_logs() -> Iterator[None]:
    """Log handlers a test's commands add (into its mounts) are closed after the test."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
