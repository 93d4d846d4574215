"""The record of packages received (``received_package``), shared by both directions: the
same file twice is recognised by its digest, an older sequence than the one held from a
sender (and key) is stale, and a database rule a package broke is named for the refusal."""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.sync import texts
from app.sync.envelope import OpenedPackage
from app.sync.errors import PackageRefused
from db.base import Base

T = TypeVar("T")
log = logging.getLogger(__name__)

ATTEMPTS = 6
# PostgreSQL's SQLSTATEs worth another try: serialization failure, deadlock, lock timeout
RETRYABLE = {"40001", "40P01", "55P03"}


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
    named = getattr(getattr(err.orig, "diag", None), "constraint_name", None)  # PostgreSQL
    if named:
        return str(named)[:100]
    text = str(err.orig)
    for marker in ("constraint failed: ", "failed: "):
        if marker in text:
            return text.split(marker, 1)[1].split("\n")[0][:100]
    return "?"


def lock_sender(connection: Connection, sender: uuid.UUID) -> None:
    """Hold ``sender``'s packages to one importer at a time until the transaction ends.

    On PostgreSQL several PCs import at once: two packages of one school must not both
    pass the sequence check and the older overwrite the newer, nor the same file be
    applied twice. A transaction-level advisory lock on the school's id (it works before
    the school has a row) makes the second importer wait and then see the first's work.
    SQLite has one writer at a time already.
    """
    if connection.dialect.name == "postgresql":
        key = int.from_bytes(sender.bytes[:8], "big", signed=True)
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": key})


def retrying(work: Callable[[], T]) -> T:
    """Run one transaction's ``work`` again after a serialization failure, a deadlock or
    a lock timeout (PostgreSQL rolls the whole transaction back; a new try sees the
    winner's rows). Other errors, and the last failure, are raised as they are."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return work()
        except DBAPIError as err:
            if attempt == ATTEMPTS or _sqlstate(err) not in RETRYABLE:
                raise
            log.info("transaction retried after %s (attempt %d)", _sqlstate(err), attempt)
            time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable")


def _sqlstate(err: DBAPIError) -> str | None:
    return getattr(err.orig, "sqlstate", None)
