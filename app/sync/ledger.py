"""The record of packages received (``received_package``), shared by both directions: the
same file twice is recognised by its digest, an older sequence than the one held from a
sender (and key) is stale, and a database rule a package broke is named for the refusal."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.sync import texts
from app.sync.envelope import OpenedPackage
from app.sync.errors import PackageRefused
from db.base import Base


def _table():
    return Base.metadata.tables["received_package"]


def is_held(connection: Connection, digest: str) -> bool:
    """True when the file with this sha256 was accepted before."""
    table = _table()
    return connection.scalar(select(table.c.id).where(table.c.digest == digest)) is not None


def check_sequence(
    connection: Connection, sender: uuid.UUID, fingerprint: str, sequence: int
) -> None:
    """Refuse a package numbered at or below the newest held from ``sender``'s key."""
    table = _table()
    held = connection.scalar(
        select(func.max(table.c.sequence)).where(
            table.c.sender_id == sender, table.c.key_fingerprint == fingerprint
        )
    )
    if held is not None and sequence <= held:
        raise PackageRefused(texts.STALE.format(sequence=sequence, held=held))


def record(connection: Connection, opened: OpenedPackage, path: Path, rows: int = 0) -> None:
    """Remember an accepted package (in the caller's transaction)."""
    manifest = opened.manifest
    connection.execute(
        insert(_table()),
        [
            {
                "id": uuid.uuid4(),
                "sender_id": manifest.sender_id,
                "kind": manifest.kind.value,
                "sequence": manifest.sequence,
                "key_fingerprint": opened.sender_keys.fingerprint,
                "digest": opened.digest,
                "file_name": path.name[:300],
                "created_at": manifest.created_at,
                "rows": rows,
            }
        ],
    )


def rule_of(err: IntegrityError) -> str:
    """The constraint a refused row broke, by its name (the schema's names are readable)."""
    text = str(err.orig)
    for marker in ("constraint failed: ", "failed: "):
        if marker in text:
            return text.split(marker, 1)[1].split("\n")[0][:100]
    return "?"
