"""Making a school's rows equal to its snapshot, in the caller's transaction (Core, in bulk).

Every row the school owns is replaced by the snapshot's: the school's rows are deleted
children first and the snapshot's inserted parents first, so uniqueness rules (one current
programme, task numbers) hold at every step. Rows the municipality owns must refer to a
school's rows by id without a foreign key, so a re-import never deletes them.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, delete, insert, select, update

from app.sync import texts
from app.sync.errors import PackageRefused
from app.sync.snapshot import INSTRUMENTS, ORGANISATION, Snapshot, owned_tables, to_json
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


def apply_snapshot(connection: Connection, checked: CheckedSnapshot) -> None:
    school_id = checked.organisation["id"]
    _upsert_organisation(connection, checked.organisation)
    _add_missing_instruments(connection, checked.instruments)
    _add_builtin_indicators(connection)
    for table in reversed(owned_tables()):
        connection.execute(delete(table).where(table.c.school_id == school_id))
    for rows in checked.tables:
        if rows.rows:
            connection.execute(insert(rows.table), rows.rows)


def _upsert_organisation(connection: Connection, values: dict) -> None:
    table = Base.metadata.tables[ORGANISATION]
    # the sender is never this installation's own organisation (receive checks that first)
    held = connection.execute(select(table.c.kind).where(table.c.id == values["id"])).first()
    if held is not None and held.kind != "school":
        raise PackageRefused(texts.SCHOOL_IS_US)
    row = {**values, "is_own": False}
    if held is None:
        connection.execute(insert(table), [row])
    else:
        connection.execute(update(table).where(table.c.id == values["id"]).values(**row))


def _add_missing_instruments(connection: Connection, instruments: list[dict]) -> None:
    table = Base.metadata.tables[INSTRUMENTS]
    held = set(connection.scalars(select(table.c.id)))
    new = [row for row in instruments if row["id"] not in held]
    if new:
        connection.execute(insert(table), new)


def _add_builtin_indicators(connection: Connection) -> None:
    """Shipped indicators are stored on first use; a package may be that first use."""
    from app.indicators.catalogue import builtin_definitions
    from db.base import catalogue_id

    table = Base.metadata.tables["indicator"]
    held = set(connection.scalars(select(table.c.code).where(table.c.school_id.is_(None))))
    rows = [
        {
            "id": catalogue_id("indicator", item["code"]),
            "school_id": None,
            "code": item["code"],
            "name": item["name"],
            "unit": item["unit"],
            "direction": item["direction"],
            "source": item["source"],
            "description": item.get("description", ""),
            "is_builtin": True,
            "position": position,
        }
        for position, item in enumerate(builtin_definitions(), start=1)
        if item["code"] not in held
    ]
    if rows:
        connection.execute(insert(table), rows)
