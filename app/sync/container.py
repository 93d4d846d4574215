"""The zip container of a package: packed in memory, read with every cap checked in memory
(nothing from a package is ever extracted to disk; app.files.write_atomically writes it)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from app.sync import texts
from app.sync.errors import PackageRefused
from app.sync.limits import MAX_PACKAGE_BYTES, MAX_RATIO, MAX_UNCOMPRESSED_BYTES
from app.sync.manifest import MEMBER_NAMES

_STORED = (".pdf", ".enc", ".sig")  # already compressed or random: deflate gains nothing
_MB = 1024 * 1024


def pack(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name.endswith(_STORED) else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return buffer.getvalue()


def read_package_file(path: Path) -> bytes:
    """The package file's bytes: a regular file not larger than the cap."""
    from app.files import FileRefused, open_regular, refusal

    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_PACKAGE_BYTES + 1)
    except FileRefused as refused:
        raise PackageRefused(refusal(refused, path).message) from None
    except OSError as err:
        raise PackageRefused(texts.FILE_UNREADABLE.format(path=path)) from err
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageRefused(texts.TOO_LARGE.format(limit=MAX_PACKAGE_BYTES // _MB))
    return data


def unpack(data: bytes) -> dict[str, bytes]:
    """Every member of the container, after the checks on names, sizes and ratios."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageRefused(texts.TOO_LARGE.format(limit=MAX_PACKAGE_BYTES // _MB))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as err:
        raise PackageRefused(texts.DAMAGED) from err
    _check_listing(infos)
    members: dict[str, bytes] = {}
    with archive:
        for info in infos:
            members[info.filename] = _read_member(archive, info)
    return members


def _check_listing(infos: list[zipfile.ZipInfo]) -> None:
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name not in MEMBER_NAMES:
            raise PackageRefused(texts.BAD_MEMBER_NAME.format(name=_printable(name)))
        if name in seen:
            raise PackageRefused(texts.DUPLICATE_MEMBER.format(name=name))
        seen.add(name)
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise PackageRefused(
                texts.UNPACKED_TOO_LARGE.format(limit=MAX_UNCOMPRESSED_BYTES // _MB)
            )
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > _MB:
            raise PackageRefused(texts.BOMB.format(name=name))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(info.file_size + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as err:
        raise PackageRefused(texts.DAMAGED) from err
    except RuntimeError as err:  # an encrypted zip member
        raise PackageRefused(texts.DAMAGED) from err
    if len(data) != info.file_size:
        raise PackageRefused(texts.DAMAGED)
    return data


def _printable(name: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in name)[:80]
