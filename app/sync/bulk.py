"""Inserting a snapshot's rows in bulk, at the database driver's speed.

SQLAlchemy Core's ``execute(insert(table), rows)`` prepares every row's parameters in
Python (a dict per row, the type's processor per value). For a positional driver (SQLite)
the rows are turned into tuples a column at a time instead — the same processors,
mapped over each column, each distinct date or year processed once — and handed to the
driver's ``executemany``. On PostgreSQL the same columns are streamed with ``COPY … FROM
STDIN`` (psycopg writes the rows in C; ``executemany`` would send each row as a statement
of its own). Rows that leave a column out (its default must be filled in), and other
drivers, take Core's path, which stores the same values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, Table, Uuid, insert
from sqlalchemy.exc import DBAPIError

from app.sync.validate import Rows
from db.types import UtcDateTime

Column = Callable[[Sequence[Any]], list[Any]]
_plans: dict[tuple[str, str], tuple[str, list[tuple[str, Column | None]]]] = {}


def prepare(connection: Connection) -> None:
    """SQLite, for a batch of packages: a page cache (64 MB at most) that keeps the indexes
    a district's rows go into, and a checkpoint every 125 MB of log instead of every 4 MB:
    each package's random ids touch index pages all over the file, and a page changed by
    many packages is then written back once. Durability is unchanged (every commit is
    still synced; the log goes when the last connection closes); the settings stay with
    this connection of the pool."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA cache_size=-65536")
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint=32000")


def insert_rows(connection: Connection, rows: Rows) -> None:
    if not rows.count:
        return
    table, dialect = rows.table, connection.dialect
    complete = set(rows.columns) == set(table.c.keys())
    if complete and dialect.name == "postgresql":
        _copy(connection, rows)
        return
    if not _positional(dialect) or not complete:
        connection.execute(insert(table), rows.rows)
        return
    sql, columns = _plan(table, dialect)
    connection.exec_driver_sql(sql, list(zip(*_values(rows, columns), strict=True)))


def _values(rows: Rows, columns: list[tuple[str, Column | None]]) -> list[list[Any]]:
    values = []
    for name, process in columns:
        column = rows.column(name)
        values.append(process(column) if process else column)
    return values


def _copy(connection: Connection, rows: Rows) -> None:
    """The rows through ``COPY`` (text format: the server parses each value as its
    column's type), in the connection's transaction. The driver's errors come out as
    SQLAlchemy's, as from any statement (a broken rule is an ``IntegrityError``)."""
    dialect = connection.dialect
    sql, columns = _copy_plan(rows.table, dialect)
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(sql) as copy:
            for row in zip(*_values(rows, columns), strict=True):
                copy.write_row(row)
    except dialect.loaded_dbapi.Error as err:
        raise DBAPIError.instance(
            sql, None, err, dialect.loaded_dbapi.Error, dialect=dialect
        ) from err
    finally:
        cursor.close()


def _copy_plan(table: Table, dialect: Any) -> tuple[str, list[tuple[str, Column | None]]]:
    key = (table.name, "copy")
    found = _plans.get(key)
    if found is None:
        quote = dialect.identifier_preparer
        names = list(table.c.keys())
        listed = ", ".join(quote.quote(table.c[n].name) for n in names)
        sql = f"COPY {quote.format_table(table)} ({listed}) FROM STDIN"
        found = _plans[key] = (sql, [(n, _column(table, n, dialect)) for n in names])
    return found


def _positional(dialect: Any) -> bool:
    return dialect.paramstyle == "qmark"


def _plan(table: Table, dialect: Any) -> tuple[str, list[tuple[str, Column | None]]]:
    """The INSERT statement and, in its parameter order, how each column is processed."""
    key = (table.name, dialect.name)
    found = _plans.get(key)
    if found is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(table.c.keys()))
        order = tuple(compiled.positiontup or ())
        found = _plans[key] = (compiled.string, [(n, _column(table, n, dialect)) for n in order])
    return found


def _column(table: Table, name: str, dialect: Any) -> Column | None:
    kind = table.c[name].type
    processor = kind.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return None
    if isinstance(kind, UtcDateTime) and dialect.name == "sqlite":
        return partial(_mapped, sqlite_utc)
    if isinstance(kind, Uuid):  # a UUID hashes in Python: mapping is cheaper than sharing
        return partial(_mapped, processor)
    return partial(_shared, processor)


def _mapped(processor: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    return list(map(processor, values))


def _shared(processor: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    done = {value: processor(value) for value in set(values)}  # ids, years, dates repeat
    return list(map(done.__getitem__, values))


def sqlite_utc(moment: datetime | None) -> str | None:
    """What SQLAlchemy's SQLite DATETIME stores for a UTC moment («2026-11-23
    10:58:10.431059»), in two C calls: the offset «+00:00» is cut off the end."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(" ", "microseconds")[:26]
