"""An organisation's full data as a snapshot: every row it owns, table by table, in JSON
values; the shipped catalogue rows it uses are named by id (they have the same id in every
installation). Also the per-row hashes that say what changed between two snapshots.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select

from db.base import Base
from db.types import AcademicYear

SNAPSHOT_FORMAT = 1
ORGANISATION = "organisation"
INSTRUMENTS = "sa_instrument"
CATALOGUES = ("cooperation_direction", "indicator", "non_execution_reason")
NOT_HASHED = frozenset({"created_at", "updated_at"})  # wall clocks differ between PCs
# Columns added after packages were first sent: left out of a row's hash while they hold
# their empty default, so upgrading the app does not show every row as changed.
ADDED_LATER = {"roadmap_activity": frozenset({"recommendation"})}

SECTIONS = {  # table -> the section a person knows it by (texts.SECTION_TITLES)
    "programme": (
        "programme",
        "programme_task",
        "planned_result",
        "result_achievement",
        "roadmap_activity",
        "activity_evidence",
        "non_execution_reason",
        "report_conclusion",
    ),
    "indicators": ("indicator", "indicator_value", "indicator_baseline"),
    "partnership": (
        "partner_school",
        "partner_role",
        "partnership_agreement",
        "agreement_direction",
        "support_measure",
        "joint_event",
        "event_direction",
        "cooperation_direction",
    ),
    "recommendations": ("recommendation_answer",),
}


def owned_tables() -> list[Table]:
    """Tables holding an organisation's rows, parents before children."""
    return list(_owned_tables())


@cache
def _owned_tables() -> tuple[Table, ...]:
    import db.models  # noqa: F401  (every table registered)

    # sorting the metadata takes half a millisecond: once per process, not per package
    return tuple(t for t in Base.metadata.sorted_tables if "school_id" in t.c)


def section_of(table: str) -> str:
    for section, tables in SECTIONS.items():
        if table in tables:
            return section
    return "self_assessment"


def to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, AcademicYear):
        return str(value)
    raise TypeError(f"no JSON form for {type(value).__name__}")


@dataclass
class Snapshot:
    organisation: dict[str, Any]
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)
    catalogues: dict[str, list[str]] = field(default_factory=dict)
    instruments: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SNAPSHOT_FORMAT,
            "organisation": self.organisation,
            "tables": {
                name: {"columns": columns, "rows": rows}
                for name, (columns, rows) in self.tables.items()
            },
            "catalogues": self.catalogues,
            "instruments": self.instruments,
        }

    def row_hashes(self) -> dict[tuple[str, str], str]:
        """(table, primary key) -> the hash of the row's values, timestamps left out."""
        hashes: dict[tuple[str, str], str] = {}
        tables = {t.name: t for t in owned_tables()}
        for name, (columns, rows) in self.tables.items():
            keys = [columns.index(c.name) for c in tables[name].primary_key if c.name in columns]
            hashed = [i for i, c in enumerate(columns) if c not in NOT_HASHED]
            later = {i for i, c in enumerate(columns) if c in ADDED_LATER.get(name, ())}
            for row in rows:
                key = "/".join(str(row[i]) for i in keys)
                values = [row[i] for i in hashed if i not in later or row[i] not in ("", None)]
                body = repr(values).encode("utf-8")
                hashes[(name, key)] = hashlib.sha256(body).hexdigest()
        return hashes

    def row_count(self) -> int:
        return sum(len(rows) for _columns, rows in self.tables.values())


def _rows(connection: Connection, table: Table, where: Any) -> tuple[list[str], list[list[Any]]]:
    columns = [c.name for c in table.c]
    order = list(table.primary_key.columns)
    result = connection.execute(select(*table.c).where(where).order_by(*order))
    return columns, [[to_json(v) for v in row] for row in result]


def take_snapshot(connection: Connection, organisation_id: uuid.UUID) -> Snapshot:
    """Every row ``organisation_id`` owns, as JSON values."""
    import db.models  # noqa: F401

    organisation = Base.metadata.tables[ORGANISATION]
    columns, rows = _rows(connection, organisation, organisation.c.id == organisation_id)
    snapshot = Snapshot(organisation=dict(zip(columns, rows[0], strict=True)))
    snapshot.organisation.pop("is_own", None)
    for table in owned_tables():
        columns, rows = _rows(connection, table, table.c.school_id == organisation_id)
        snapshot.tables[table.name] = (columns, rows)
    snapshot.catalogues = _shipped_in_use(connection, snapshot)
    snapshot.instruments = _instruments_in_use(connection, snapshot)
    return snapshot


def _referenced(snapshot: Snapshot, target: str) -> set[str]:
    """Ids of ``target`` rows the snapshot's rows point at."""
    found: set[str] = set()
    for table in owned_tables():
        columns, rows = snapshot.tables.get(table.name, ([], []))
        for key in table.foreign_keys:
            if key.column.table.name == target and key.parent.name in columns:
                index = columns.index(key.parent.name)
                found |= {row[index] for row in rows if row[index] is not None}
    return found


def _shipped_in_use(connection: Connection, snapshot: Snapshot) -> dict[str, list[str]]:
    result = {}
    for name in CATALOGUES:
        columns, rows = snapshot.tables.get(name, ([], []))
        own = {row[columns.index("id")] for row in rows}
        result[name] = sorted(_referenced(snapshot, name) - own)
    return result


def _instruments_in_use(connection: Connection, snapshot: Snapshot) -> list[dict[str, Any]]:
    ids = sorted(_referenced(snapshot, INSTRUMENTS))
    if not ids:
        return []
    table = Base.metadata.tables[INSTRUMENTS]
    wanted = [uuid.UUID(i) for i in ids]
    columns, rows = _rows(connection, table, table.c.id.in_(wanted))
    return [dict(zip(columns, row, strict=True)) for row in rows]


@dataclass(frozen=True, slots=True)
class Change:
    section: str
    added: int = 0
    changed: int = 0
    removed: int = 0


def compare(old: dict[tuple[str, str], str], new: dict[tuple[str, str], str]) -> list[Change]:
    """Per section: rows added, changed and removed from ``old`` to ``new`` (row hashes)."""
    counts: dict[str, list[int]] = {}
    for key in old.keys() | new.keys():
        bucket = counts.setdefault(section_of(key[0]), [0, 0, 0])
        if key not in old:
            bucket[0] += 1
        elif key not in new:
            bucket[2] += 1
        elif old[key] != new[key]:
            bucket[1] += 1
    return [Change(s, *c) for s, c in sorted(counts.items()) if any(c)]
