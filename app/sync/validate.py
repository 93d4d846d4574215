"""A snapshot from a package, checked against this version's schema before anything is
written: known tables and columns only, each value of its column's type, every row the
sender's, every reference inside the sender's own rows or the shipped catalogues."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import Connection, Table, select

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.sync import texts
from app.sync.columns import convert_column, refused
from app.sync.errors import PackageRefused
from app.sync.manifest import first_problem
from app.sync.snapshot import CATALOGUES, INSTRUMENTS, ORGANISATION, SNAPSHOT_FORMAT, owned_tables
from db.base import Base

Scalar = str | int | float | bool | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _TableData(_Strict):
    columns: list[str]
    rows: list[list[Any]]  # each value is checked with its column (app/sync/columns.py)


class _SnapshotData(_Strict):
    format: int
    organisation: dict[str, Scalar]
    tables: dict[str, _TableData]
    catalogues: dict[str, list[str]]
    instruments: list[dict[str, Scalar]]


@dataclass
class Rows:
    """One table's rows from a snapshot, converted to Python values of its columns, kept
    column by column (``values[i]`` is column ``columns[i]`` of every row)."""

    table: Table
    columns: list[str]
    values: list[Sequence[Any]] = field(default_factory=list)
    count: int = 0

    def column(self, name: str) -> Sequence[Any]:
        return self.values[self.columns.index(name)] if self.count else ()

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Row by row, as dicts (built on each use)."""
        return [dict(zip(self.columns, row, strict=True)) for row in zip(*self.values, strict=True)]


@dataclass
class CheckedSnapshot:
    organisation: dict[str, Any]
    tables: list[Rows]  # parents before children
    instruments: list[dict[str, Any]]

    def row_count(self) -> int:
        return sum(t.count for t in self.tables)


_refuse = refused


def convert(table: Table, column: str, value: Any) -> Any:
    """``value`` as the Python value of ``table.column``; refused when it cannot be one."""
    return convert_column(table, column, [value], {})[0]


def _required(table: Table) -> set[str]:
    return {
        c.name for c in table.c if not c.nullable and c.default is None and c.server_default is None
    }


def parse_snapshot(data: Any, sender: uuid.UUID) -> CheckedSnapshot:
    try:
        parsed = _SnapshotData.model_validate(data)
    except ValidationError as err:
        raise _refuse(first_problem(err)) from err
    if parsed.format > SNAPSHOT_FORMAT:
        raise _refuse("format")
    tables = {t.name: t for t in owned_tables()}
    unknown = set(parsed.tables) - set(tables)
    if unknown:
        raise _refuse(sorted(unknown)[0])
    cache: dict = {}
    organisation = _organisation(parsed.organisation, sender, cache)
    checked = [
        _table(table, parsed.tables[name], sender, cache)
        for name, table in tables.items()
        if name in parsed.tables
    ]
    instrument_table = Base.metadata.tables[INSTRUMENTS]
    instruments = [
        _row(instrument_table, list(row), list(row.values()), cache) for row in parsed.instruments
    ]
    return CheckedSnapshot(organisation, checked, instruments)


def _organisation(values: dict[str, Scalar], sender: uuid.UUID, cache: dict) -> dict[str, Any]:
    table = Base.metadata.tables[ORGANISATION]
    row = _row(table, list(values), list(values.values()), cache, skip={"is_own"})
    if row.get("id") != sender or row.get("kind") != "school":
        raise _refuse("organisation.id")
    return row


def _table(table: Table, data: _TableData, sender: uuid.UUID, cache: dict) -> Rows:
    names = data.columns
    if len(set(names)) != len(names):
        raise _refuse(table.name)
    _check_columns(table, names, frozenset())
    if not data.rows:
        return Rows(table, names)
    if set(map(len, data.rows)) != {len(names)}:
        raise _refuse(table.name)
    columns = [
        convert_column(table, name, values, cache)
        for name, values in zip(names, zip(*data.rows, strict=True), strict=True)
    ]
    owners = set(columns[names.index("school_id")]) if "school_id" in names else set()
    if owners != {sender}:
        raise PackageRefused(texts.FOREIGN_ROW.format(table=table.name))
    return Rows(table, names, columns, len(data.rows))


def _check_columns(table: Table, names: list[str], skip: frozenset | set) -> None:
    unknown = [n for n in names if n not in table.c and n not in skip]
    if unknown:
        raise _refuse(f"{table.name}.{unknown[0]}")
    missing = _required(table) - set(names)
    if missing:
        raise _refuse(f"{table.name}.{sorted(missing)[0]}")


def _row(
    table: Table,
    names: list[str],
    values: list[Any],
    cache: dict,
    skip: frozenset | set = frozenset(),
) -> dict[str, Any]:
    if len(names) != len(values):
        raise _refuse(table.name)
    _check_columns(table, names, skip)
    return {
        n: convert_column(table, n, [v], cache)[0]
        for n, v in zip(names, values, strict=True)
        if n not in skip
    }


def check_references(connection: Connection, snapshot: CheckedSnapshot) -> None:
    """Every reference stays inside the sender's rows or points at a shipped catalogue row
    this installation has (a newer app's catalogue entry is refused with advice to update)."""
    own: dict[str, set] = {
        rows.table.name: set(rows.column("id")) for rows in snapshot.tables if "id" in rows.table.c
    }
    shipped = {name: _shipped_ids(connection, name) for name in CATALOGUES}
    shipped["indicator"] |= _builtin_indicator_ids()  # added on first use, maybe not yet here
    instruments = _instrument_ids(connection) | {r["id"] for r in snapshot.instruments}
    for rows in snapshot.tables:
        for key in rows.table.foreign_keys:
            column, target = key.parent.name, key.column.table.name
            if target == ORGANISATION or column not in rows.columns:
                continue
            allowed = own.get(target, set())
            if target in CATALOGUES:
                allowed = allowed | shipped[target]
            if target == INSTRUMENTS:
                allowed = instruments
            values = set(rows.column(column))
            values.discard(None)
            if not values <= allowed:
                if target in CATALOGUES or target == INSTRUMENTS:
                    raise PackageRefused(texts.UNKNOWN_CATALOGUE.format(table=target))
                raise PackageRefused(
                    texts.FOREIGN_REFERENCE.format(table=rows.table.name, column=column)
                )


def _shipped_ids(connection: Connection, name: str) -> set:
    table = Base.metadata.tables[name]
    return set(connection.scalars(select(table.c.id).where(table.c.school_id.is_(None))))


def _builtin_indicator_ids() -> set:
    from app.indicators.catalogue import builtin_definitions
    from db.base import catalogue_id

    return {catalogue_id("indicator", item["code"]) for item in builtin_definitions()}


def _instrument_ids(connection: Connection) -> set:
    table = Base.metadata.tables[INSTRUMENTS]
    return set(connection.scalars(select(table.c.id)))
