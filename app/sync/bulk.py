"""Inserting a snapshot's rows in bulk, at the database driver's speed.

SQLAlchemy Core's ``execute(insert(table), rows)`` prepares every row's parameters in
Python (a dict per row, the type's processor per value). For a positional driver (SQLite)
the rows are turned into tuples a column at a time instead — the same processors,
mapped over each column in C — and handed to the driver's ``executemany``. Other
drivers, and rows that leave a column out (its default must be filled in), take Core's
path, which stores the same values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Uuid, insert

from db.types import UtcDateTime

_statements: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = connection.dialect
    if dialect.paramstyle != "qmark" or set(rows[0]) != set(table.c.keys()):
        connection.execute(insert(table), rows)
        return
    sql, order = _statement(table, dialect)
    columns = []
    for name in order:
        values = list(map(itemgetter(name), rows))
        columns.append(_processed(values, table.c[name].type, dialect))
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _processed(values: list[Any], kind: Any, dialect: Any) -> list[Any]:
    processor = kind.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return values
    if isinstance(kind, UtcDateTime) and dialect.name == "sqlite":
        return list(map(sqlite_utc, values))
    if isinstance(kind, Uuid):  # a UUID hashes in Python: mapping is cheaper than sharing
        return list(map(processor, values))
    done = {value: processor(value) for value in set(values)}  # ids, years, dates repeat
    return list(map(done.__getitem__, values))


def sqlite_utc(moment: datetime | None) -> str | None:
    """What SQLAlchemy's SQLite DATETIME stores for a UTC moment, in three C calls."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _statement(table: Table, dialect: Any) -> tuple[str, tuple[str, ...]]:
    key = (table.name, dialect.name)
    found = _statements.get(key)
    if found is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(table.c.keys()))
        found = _statements[key] = (compiled.string, tuple(compiled.positiontup or ()))
    return found
