"""Which failures count as a full or write-protected disk, and how they are worded — the
mapping every command and screen shares (runs everywhere, no mounts needed)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from app.store_errors import file_write_error, storage_message
from db.errors import is_disk_full, is_read_only


def _sqlite(message: str, code: int) -> sqlite3.OperationalError:
    err = sqlite3.OperationalError(message)
    err.sqlite_errorcode = code
    return err


@pytest.mark.parametrize(
    "err",
    [
        OSError(errno.ENOSPC, "No space left on device", "/media/stick/x.xlsx"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
        _sqlite("database or disk is full", 13),
        _sqlite("disk I/O error", 4874),  # SQLITE_IOERR_SHMSIZE: the -shm could not grow
    ],
    ids=["ENOSPC", "EDQUOT", "SQLITE_FULL", "SHMSIZE"],
)
def test_full_disk_errors(err):
    assert is_disk_full(err)
    assert storage_message(err, Path("/data/perekhod.sqlite")).startswith(
        "Недостаточно места на диске"
    )
    written = file_write_error(Path("/media/stick/x.xlsx"), err).message
    assert written.startswith("Недостаточно места на диске (/media/stick): файл x.xlsx")


@pytest.mark.parametrize(
    "err",
    [
        OSError(errno.EROFS, "Read-only file system", "/media/stick/x.pdf"),
        _sqlite("attempt to write a readonly database", 8),
    ],
    ids=["EROFS", "SQLITE_READONLY"],
)
def test_write_protected_errors(err):
    assert is_read_only(err) and not is_disk_full(err)
    assert storage_message(err).startswith("Диск защищён от записи")
    written = file_write_error(Path("/media/stick/x.pdf"), err).message
    assert written.startswith("Диск защищён от записи (/media/stick): файл x.pdf")


def test_wrapped_errors_are_seen_through():
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", {}, _sqlite("database or disk is full", 13))
    try:
        try:
            raise wrapped
        except OperationalError as inner:
            raise RuntimeError("import failed") from inner
    except RuntimeError as outer:
        assert is_disk_full(outer)


@pytest.mark.parametrize(
    "err",
    [
        OSError(errno.EACCES, "Permission denied"),
        _sqlite("attempt to write a readonly database", 776),  # a hot journal, not the disk
        _sqlite("unable to open database file", 14),
        _sqlite("database disk image is malformed", 11),
        ValueError("something else"),
    ],
    ids=["EACCES-rw", "READONLY_ROLLBACK", "CANTOPEN-rw", "CORRUPT", "other"],
)
def test_other_errors_are_not_a_disk_problem(err, tmp_path):
    where = tmp_path / "perekhod.sqlite"  # a writable disk with room
    assert not is_disk_full(err, where)
    assert not is_read_only(err, where)
    assert storage_message(err, where) is None
