"""Upgrades on real data: a frozen database of the full demo school (every table holding
rows) at each released schema is upgraded to head, and every row survives with its values.

Catalogue ids are rewritten by 0008 (shipped entries get deterministic ids), so rows are
compared by what they say: every column of the old table that still exists, with each
reference to a catalogue entry replaced by that entry's title or code.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from db.base import catalogue_id
from db.engine import Database, sqlite_url
from db.migrate import upgrade

FROZEN = Path(__file__).parent / "fixtures" / "schemas"
DEMO_FILES = sorted(FROZEN.glob("*_demo_school.sqlite"))

# Columns pointing at catalogue rows, read as the entry's natural key instead of its id.
NATURAL = {
    "reason_id": ("non_execution_reason", "title"),
    "direction_id": ("cooperation_direction", "title"),
    "indicator_id": ("indicator", "code"),
    "instrument_id": ("sa_instrument", "key || ':' || version"),
}
CATALOGUE_TABLES = {"non_execution_reason", "cooperation_direction", "indicator", "sa_instrument"}
MERGED = {"school": "organisation", "municipality": "organisation"}


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return sorted(r[0] for r in rows if r[0] != "alembic_version")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Counter:
    selected = []
    for column in columns:
        if column in NATURAL or (table in CATALOGUE_TABLES and column == "id"):
            target, key = NATURAL.get(column, (table, "title"))
            if table in CATALOGUE_TABLES and column == "id":
                key = {"indicator": "code", "sa_instrument": "key || ':' || version"}.get(
                    table, "title"
                )
            selected.append(f"(SELECT {key} FROM {target} x WHERE x.id = t.{column})")
        else:
            selected.append(f"t.{column}")
    query = f'SELECT {", ".join(selected)} FROM "{table}" t'
    return Counter(conn.execute(query).fetchall())


@pytest.fixture(params=DEMO_FILES, ids=lambda p: p.stem)
def upgraded(request, tmp_path) -> tuple[Path, Path]:
    before = tmp_path / "before.sqlite"
    after = tmp_path / "after.sqlite"
    shutil.copy(request.param, before)
    shutil.copy(request.param, after)
    database = Database.at(sqlite_url(after))
    try:
        upgrade(database.engine)
    finally:
        database.dispose()
    return before, after


def test_every_frozen_demo_table_has_rows():
    assert DEMO_FILES, "no frozen demo-school database"
    for path in DEMO_FILES:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            empty = [
                t for t in _tables(conn) if not conn.execute(f'SELECT 1 FROM "{t}"').fetchone()
            ]
        assert empty == [], path.name


def test_upgrade_keeps_every_row_and_value(upgraded):
    before_path, after_path = upgraded
    with (
        contextlib.closing(sqlite3.connect(before_path)) as before,
        contextlib.closing(sqlite3.connect(after_path)) as after,
    ):
        after_tables = set(_tables(after))
        counts = Counter()
        for table in _tables(before):
            target = table if table in after_tables else MERGED.get(table)
            assert target in after_tables, f"{table} vanished"
            counts[target] += before.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if target != table:
                continue
            kept = [c for c in _columns(before, table) if c in set(_columns(after, table))]
            old, new = _rows(before, table, kept), _rows(after, table, kept)
            if table in CATALOGUE_TABLES:  # shipped entries missing before are added
                assert not (old - new), f"{table}: rows lost or changed"
            else:
                assert old == new, f"{table}: rows lost or changed"
        for table, count in counts.items():
            now = after.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert now >= count if table in CATALOGUE_TABLES else now == count, table
        assert after.execute("PRAGMA foreign_key_check").fetchall() == []
        assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_upgrade_gives_every_row_its_owner_and_shared_ids(upgraded):
    before_path, after_path = upgraded
    with (
        contextlib.closing(sqlite3.connect(before_path)) as before,
        contextlib.closing(sqlite3.connect(after_path)) as after,
    ):
        own = after.execute("SELECT id FROM organisation WHERE is_own").fetchall()
        assert len(own) == 1
        profiles = "school" if "school" in _tables(before) else "organisation"
        own_school = before.execute(f"SELECT id FROM {profiles} WHERE is_own").fetchone()[0]
        assert own[0][0] == own_school
        for table in _tables(after):
            if "school_id" not in _columns(after, table) or table in CATALOGUE_TABLES:
                continue
            owners = after.execute(f'SELECT DISTINCT school_id FROM "{table}"').fetchall()
            if table not in _tables(before):  # created later: empty, or filled from old rows
                assert owners in ([], [(own_school,)]), table
                continue
            assert owners == [(own_school,)], table
        for code, indicator_id, owner in after.execute(
            "SELECT code, id, school_id FROM indicator WHERE is_builtin"
        ):
            assert indicator_id == catalogue_id("indicator", code).hex
            assert owner is None
        own_indicators = after.execute(
            "SELECT school_id FROM indicator WHERE NOT is_builtin"
        ).fetchall()
        assert own_indicators and set(own_indicators) == {(own_school,)}
        for key, version, instrument_id in after.execute(
            "SELECT key, version, id FROM sa_instrument"
        ):
            assert instrument_id == catalogue_id("instrument", f"{key}:{version}").hex
        shipped = after.execute(
            "SELECT count(*) FROM non_execution_reason WHERE school_id IS NULL AND code IS NOT NULL"
        ).fetchone()[0]
        assert shipped == 6
        own_reasons = after.execute(
            "SELECT title FROM non_execution_reason WHERE school_id IS NOT NULL"
        ).fetchall()
        assert own_reasons == [("Болезнь учителя (своя причина)",)]


def test_baselines_move_to_the_school(upgraded):
    before_path, after_path = upgraded
    with (
        contextlib.closing(sqlite3.connect(before_path)) as before,
        contextlib.closing(sqlite3.connect(after_path)) as after,
    ):
        moved = (
            "SELECT i.code, b.year, b.value FROM indicator_baseline b "
            "JOIN indicator i ON i.id = b.indicator_id"
        )
        old_query = (
            "SELECT code, baseline_year, baseline_value FROM indicator "
            "WHERE baseline_year IS NOT NULL"
            if "baseline_year" in _columns(before, "indicator")
            else moved
        )
        old, new = set(before.execute(old_query)), set(after.execute(moved))
        assert old and new == old


def test_a_failed_upgrade_leaves_the_old_schema_whole(tmp_path):
    """The upgrade is one transaction, DDL included: a dangling reference found by the
    final foreign-key check rolls every step back."""
    import uuid

    from db.errors import ForeignKeyViolation

    path = tmp_path / "broken.sqlite"
    shutil.copy(FROZEN / "0007_programme_links_demo_school.sqlite", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE roadmap_activity SET task_id = ? WHERE rowid = "
            "(SELECT min(rowid) FROM roadmap_activity)",
            (uuid.uuid4().hex,),
        )
        conn.commit()
        before = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone() for t in _tables(conn)}
    database = Database.at(sqlite_url(path))
    try:
        with pytest.raises(ForeignKeyViolation):
            upgrade(database.engine)
        with database.engine.connect() as conn:  # the pooled connection checks keys again
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0007_programme_links"
        )
        after = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone() for t in _tables(conn)}
        assert after == before


def test_demo_downgrades_one_step_and_back_keeping_its_rows(demo):
    from db.migrate import run_alembic, script_directory

    head = script_directory().get_current_head()
    previous = script_directory().get_revision(head).down_revision
    with demo.db.engine.connect() as conn:
        tables = [
            t
            for t in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).scalars()
            if t != "alembic_version"
        ]
        before = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}
    demo.db.dispose()
    run_alembic(demo.db.engine, "downgrade", previous)
    run_alembic(demo.db.engine, "upgrade", "head")
    with demo.db.engine.connect() as conn:
        after = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}
    assert after == before
