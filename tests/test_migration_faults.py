"""A migration commits whole or not at all.

The frozen demo school at 0007 is upgraded with a fault injected at one Alembic
operation (every ``Operations.invoke`` — add column, create index, bulk insert, execute…
— and every batch flush, where SQLite tables are recreated): the upgrade fails, the file
stays at 0007 with every row, opens, and upgrades once the fault is gone. CI runs the
first, the last and a seeded sample of the operations; the full sweep is ``slow``.
Retries reuse the one pre-migration backup of the step.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.operations.base import AbstractOperations
from alembic.operations.batch import BatchOperationsImpl

from db.engine import Database, sqlite_url
from db.migrate import run_alembic, schema_status, upgrade

FROZEN = Path(__file__).parent / "fixtures" / "schemas"
DEMO_0007 = FROZEN / "0007_programme_links_demo_school.sqlite"
OLD = "0007_programme_links"
SAMPLE = 25


class InjectedFault(RuntimeError):
    pass


class FaultAt:
    """Counts Alembic operations; raises at the ``at``-th (never when ``at`` is None)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int | None) -> None:
        self.at, self.count, self.seen = at, 0, []
        invoke, flush = AbstractOperations.invoke, BatchOperationsImpl.flush

        def counted_invoke(ops, operation):
            self._tick(type(operation).__name__)
            return invoke(ops, operation)

        def counted_flush(impl):
            self._tick(f"batch flush {impl.table_name}")
            return flush(impl)

        monkeypatch.setattr(AbstractOperations, "invoke", counted_invoke)
        monkeypatch.setattr(BatchOperationsImpl, "flush", counted_flush)

    def _tick(self, what: str) -> None:
        self.count += 1
        self.seen.append(what)
        if self.count == self.at:
            raise InjectedFault(f"fault at operation {self.count}: {what}")


def dump(path: Path) -> list[str]:
    """Every schema object and row of the file, in a stable order."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return sorted(conn.iterdump())


def version(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]


@pytest.fixture(scope="module")
def total_operations(tmp_path_factory) -> int:
    path = tmp_path_factory.mktemp("count") / "count.sqlite"
    shutil.copy(DEMO_0007, path)
    with pytest.MonkeyPatch.context() as monkeypatch:
        counter = FaultAt(monkeypatch, None)
        database = Database.at(sqlite_url(path))
        try:
            run_alembic(database.engine, "upgrade", "heads")
        finally:
            database.dispose()
    assert counter.count > 50, counter.seen  # 0008 alone recreates dozens of tables
    return counter.count


@pytest.fixture(scope="module")
def demo_0007(tmp_path_factory) -> tuple[Path, list[str]]:
    """The frozen file as the app leaves it once opened (WAL) and its full dump."""
    path = tmp_path_factory.mktemp("frozen") / "demo.sqlite"
    shutil.copy(DEMO_0007, path)
    return path, dump(path)


def _fault_each(points: list[int], demo_0007, tmp_path, monkeypatch) -> None:
    source, before = demo_0007
    path = tmp_path / "demo.sqlite"
    shutil.copy(source, path)
    for at in points:
        with monkeypatch.context() as patch:
            FaultAt(patch, at)
            database = Database.at(sqlite_url(path))
            try:
                with pytest.raises(InjectedFault):
                    upgrade(database.engine)
                # it still opens, through the engine, at its old version
                assert schema_status(database.engine).current == OLD
            finally:
                database.dispose()
        assert version(path) == [OLD], f"fault at {at}"
        assert dump(path) == before, f"fault at {at}: rows or schema changed"
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    database = Database.at(sqlite_url(path))  # the fault is gone: the upgrade goes through
    try:
        status = upgrade(database.engine)
    finally:
        database.dispose()
    assert not status.pending and version(path) == [status.head]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_fault_at_a_sample_of_operations_leaves_the_old_database_whole(
    total_operations, demo_0007, tmp_path, monkeypatch
):
    middle = list(range(2, total_operations))
    sample = sorted(random.Random(15).sample(middle, min(SAMPLE, len(middle))))
    _fault_each([1, *sample, total_operations], demo_0007, tmp_path, monkeypatch)


@pytest.mark.slow
def test_a_fault_at_every_operation_leaves_the_old_database_whole(
    total_operations, demo_0007, tmp_path, monkeypatch
):
    _fault_each(list(range(1, total_operations + 1)), demo_0007, tmp_path, monkeypatch)


def test_a_full_disk_in_the_middle_of_the_upgrade_is_said_in_russian(
    demo_0007, tmp_path, monkeypatch
):
    """SQLite's own «database or disk is full» at an operation becomes the Russian
    «Недостаточно места на диске…» and leaves the old database whole."""
    from app.errors import PerekhodError
    from app.store_errors import in_russian

    source, before = demo_0007
    path = tmp_path / "demo.sqlite"
    shutil.copy(source, path)
    invoke = AbstractOperations.invoke
    calls = []

    def full(ops, operation):
        calls.append(operation)
        if len(calls) == 40:
            raise sqlite3.OperationalError("database or disk is full")
        return invoke(ops, operation)

    monkeypatch.setattr(AbstractOperations, "invoke", full)
    database = Database.at(sqlite_url(path))
    try:
        with pytest.raises(PerekhodError) as err, in_russian():
            upgrade(database.engine, tmp_path / "backups", path)
    finally:
        database.dispose()
    assert err.value.message.startswith("Недостаточно места на диске")
    assert "\n" not in err.value.message
    assert version(path) == [OLD] and dump(path) == before


def test_retries_reuse_one_pre_migration_backup(demo_0007, tmp_path, monkeypatch):
    source, _before = demo_0007
    path = tmp_path / "demo.sqlite"
    backups = tmp_path / "backups"
    shutil.copy(source, path)
    for attempt in range(3):
        with monkeypatch.context() as patch:
            FaultAt(patch, 5 + attempt)
            database = Database.at(sqlite_url(path))
            try:
                with pytest.raises(InjectedFault):
                    upgrade(database.engine, backups, path)
            finally:
                database.dispose()
    written = sorted(backups.glob("*.perekhod-backup"))
    assert len(written) == 1, written
    assert "before-migration" in written[0].name and OLD in written[0].name
    assert version(written[0]) == [OLD]
    database = Database.at(sqlite_url(path))
    try:
        status = upgrade(database.engine, backups, path)
    finally:
        database.dispose()
    assert sorted(backups.glob("*.perekhod-backup")) == written
    assert version(path) == [status.head]


def test_a_database_changed_since_the_backup_gets_a_new_one(demo_0007, tmp_path, monkeypatch):
    """The step's backup is reused only while it still holds the data being migrated."""
    import os

    source, _before = demo_0007
    path = tmp_path / "demo.sqlite"
    backups = tmp_path / "backups"
    shutil.copy(source, path)
    with monkeypatch.context() as patch:
        FaultAt(patch, 3)
        database = Database.at(sqlite_url(path))
        try:
            with pytest.raises(InjectedFault):
                upgrade(database.engine, backups, path)
        finally:
            database.dispose()
    (first,) = backups.glob("*.perekhod-backup")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE school SET pupils = pupils + 1")
        conn.commit()
    later = first.stat().st_mtime + 2
    os.utime(path, (later, later))
    database = Database.at(sqlite_url(path))
    try:
        upgrade(database.engine, backups, path)
    finally:
        database.dispose()
    assert len(list(backups.glob("*.perekhod-backup"))) == 2
