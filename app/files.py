"""Opening a file a person chose, safely: only a regular file, never through a link, never
blocking on a FIFO or device. Callers word the refusal in their area's Russian."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class FileRefused(Exception):
    """``problem``: "missing" | "unreadable" | "link" | "folder" | "not_regular"."""

    def __init__(self, problem: str, error: OSError | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.error = error


def regular_file(path: Path) -> os.stat_result:
    """``path``'s status if it is a regular file (judged by ``lstat``: links are refused)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError as err:
        raise FileRefused("missing", err) from None
    except OSError as err:
        raise FileRefused("unreadable", err) from None
    if stat.S_ISLNK(info.st_mode):
        raise FileRefused("link")
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused("folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused("not_regular")
    return info


def open_regular(path: Path) -> BinaryIO:
    """The regular file at ``path`` opened for reading, without following a link and
    checked again once open (it may have been swapped since it was looked at)."""
    info = regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise FileRefused("unreadable", err) from None
    now = os.fstat(fd)
    if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
        os.close(fd)
        raise FileRefused("not_regular")
    return os.fdopen(fd, "rb")
