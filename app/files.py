"""Files a person names: opening one safely (only a regular file, never through a link,
never blocking on a FIFO or device), checking where an output file may go, and the one
place that words an OSError's errno in Russian (:func:`os_reason`).

Callers word a :class:`FileRefused` in their area's Russian, or take :func:`refusal`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from app import texts
from app.errors import ValidationError

# Windows: another program (Excel, a viewer) holds the file open.
_WINDOWS_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


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


def os_reason(err: BaseException) -> str:
    """Why an OS call failed, in Russian (never the OS's English or the errno's name)."""
    if getattr(err, "winerror", None) in _WINDOWS_IN_USE:
        return texts.OS_REASON_IN_USE
    code = getattr(err, "errno", None)
    name = errno.errorcode.get(code, "") if isinstance(code, int) else ""
    if name in texts.OS_REASONS:
        return texts.OS_REASONS[name]
    return texts.OS_REASON_OTHER.format(code=code if isinstance(code, int) else "?")


def refusal(refused: FileRefused, path: Path) -> ValidationError:
    """The Russian refusal of a file to be read (any area's file, named by its full path)."""
    if refused.problem == "unreadable" and refused.error is not None:
        return ValidationError(
            texts.FILE_UNREADABLE.format(path=path, reason=os_reason(refused.error))
        )
    template = {
        "missing": texts.FILE_MISSING,
        "folder": texts.FILE_IS_FOLDER,
        "link": texts.FILE_IS_LINK,
    }.get(refused.problem, texts.FILE_NOT_REGULAR)
    return ValidationError(template.format(path=path))


def check_output_file(path: Path, suffix: str, example: str) -> None:
    """Refuse, before anything is written, an output ``path`` that does not end in
    ``suffix``, names a folder or a device, or lies in a folder that does not exist (it is
    not created: a mistyped folder would otherwise appear silently).

    ``example``: a file name proposed when ``path`` is a folder."""
    if path.is_dir():
        raise ValidationError(texts.OUT_IS_FOLDER.format(path=path, sep=os.sep, example=example))
    if not path.name.lower().endswith(suffix.lower()) or path.name.lower() == suffix.lower():
        raise ValidationError(texts.OUT_WRONG_SUFFIX.format(name=path.name, suffix=suffix))
    folder = path.parent
    if not folder.exists():
        raise ValidationError(texts.OUT_NO_FOLDER.format(folder=folder))
    if not folder.is_dir():
        raise ValidationError(texts.OUT_PARENT_NOT_FOLDER.format(folder=folder))
    if path.exists() and not path.is_file():
        raise ValidationError(texts.OUT_NOT_REGULAR.format(path=path))


def write_atomically(
    path: Path, data: bytes, *, private: bool = False, read_back: bool = False
) -> Path:
    """Write ``data`` as ``path``: a hidden temporary file beside it, flushed and synced,
    renamed, the folder synced (and with ``read_back`` the file read and compared — a stick
    that lies about its writes). A failure (a pulled stick, a full or write-protected disk)
    leaves no file that looks complete and the old one untouched; it is raised in Russian."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
        if read_back and path.read_bytes() != data:
            raise OSError(errno.EIO, "read back differs")
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        from app.store_errors import file_write_error

        raise file_write_error(path, err) from err
    return path


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; its renames are journaled or flushed
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
