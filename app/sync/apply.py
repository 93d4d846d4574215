"""Making a school's rows equal to its snapshot, in the caller's transaction (Core, in bulk).

Every row the school owns is replaced by the snapshot's: the school's rows are deleted
children first and the snapshot's inserted parents first, so uniqueness rules (one current
programme, task numbers) hold at every step. Rows the municipality owns must refer to a
school's rows by id without a foreign key, so a re-import never deletes them.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Table, delete, insert, select, update

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.sync import texts
from app.sync.bulk import insert_rows, prepare
from app.sync.errors import PackageRefused
from app.sync.snapshot import (
    INSTRUMENTS,
    ORGANISATION,
    Change,
    Snapshot,
    compare,
    owned_tables,
    section_of,
    to_json,
)
from app.sync.validate import CheckedSnapshot
from db.base import Base


def current_of(connection: Connection, school_id: uuid.UUID) -> Snapshot | None:
    from app.sync.snapshot import take_snapshot

    organisation = Base.metadata.tables[ORGANISATION]
    found = connection.execute(select(organisation.c.id).where(organisation.c.id == school_id))
    return take_snapshot(connection, school_id) if found.first() else None


def as_snapshot(checked: CheckedSnapshot) -> Snapshot:
    """The checked rows in this installation's column order, for comparing row hashes."""
    snapshot = Snapshot(organisation={})
    for rows in checked.tables:
        columns = [c.name for c in rows.table.c]
        snapshot.tables[rows.table.name] = (
            columns,
            [[to_json(row.get(c)) for c in columns] for row in rows.rows],
        )
    return snapshot


def changes_of(held: Snapshot | None, checked: CheckedSnapshot) -> list[Change]:
    """Rows added, changed and removed per section when ``checked`` replaces ``held``. A
    school heard from for the first time only adds: its rows are counted, not hashed."""
    if held is not None and held.row_count():
        return compare(held.row_hashes(), as_snapshot(checked).row_hashes())
    added: dict[str, int] = {}
    for rows in checked.tables:
        if rows.count:
            section = section_of(rows.table.name)
            added[section] = added.get(section, 0) + rows.count
    return [Change(section, added=count) for section, count in sorted(added.items())]


def apply_snapshot(connection: Connection, checked: CheckedSnapshot) -> None:
    school_id = checked.organisation["id"]
    prepare(connection)
    new = _upsert_organisation(connection, checked.organisation)
    _add_missing_instruments(connection, checked.instruments)
    _add_builtin_indicators(connection)
    if not new:  # a school heard from for the first time has no rows to delete
        for table in reversed(owned_tables()):
            connection.execute(delete(table).where(table.c.school_id == school_id))
    for rows in checked.tables:
        insert_rows(connection, rows)


def _upsert_organisation(connection: Connection, values: dict) -> bool:
    """Insert or update the school's organisation row; True when it is new here."""
    table = Base.metadata.tables[ORGANISATION]
    # the sender is never this installation's own organisation (receive checks that first)
    held = connection.execute(select(table.c.kind).where(table.c.id == values["id"])).first()
    if held is not None and held.kind != "school":
        raise PackageRefused(texts.SCHOOL_IS_US)
    row = {**values, "is_own": False}
    if held is None:
        connection.execute(insert(table), [row])
        return True
    connection.execute(update(table).where(table.c.id == values["id"]).values(**row))
    return False


def _add_missing_instruments(connection: Connection, instruments: list[dict]) -> None:
    table = Base.metadata.tables[INSTRUMENTS]
    held = set(connection.scalars(select(table.c.id)))
    new = [row for row in instruments if row["id"] not in held]
    if new:
        _add_shared(connection, table, new)


def _add_builtin_indicators(connection: Connection) -> None:
    """Shipped indicators are stored on first use; a package may be that first use."""
    from app.indicators.catalogue import builtin_definitions, builtin_values

    table = Base.metadata.tables["indicator"]
    held = set(connection.scalars(select(table.c.code).where(table.c.school_id.is_(None))))
    rows = [
        builtin_values(item, position)
        for position, item in enumerate(builtin_definitions(), start=1)
        if item["code"] not in held
    ]
    if rows:
        _add_shared(connection, table, rows)


def _add_shared(connection: Connection, table: Table, rows: list[dict]) -> None:
    """Add shipped rows every school shares. On PostgreSQL another PC may be adding the
    same rows for another school's first package right now: its rows win, ours are
    skipped (the second insert waits for the first to commit, then does nothing) instead
    of breaking the primary key and refusing the package. SQLite has one writer."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as insert_new

        connection.execute(insert_new(table).on_conflict_do_nothing(), rows)
        return
    connection.execute(insert(table), rows)
