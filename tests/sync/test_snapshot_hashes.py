"""A row's hash survives an upgrade that adds a column: «what changed» at a school that
sent packages before must not show every roadmap line as changed."""

from __future__ import annotations

from app.sync.snapshot import Snapshot, owned_tables


def _hash(columns: list[str], row: list) -> str:
    snapshot = Snapshot(organisation={})
    snapshot.tables["roadmap_activity"] = (columns, [row])
    (value,) = snapshot.row_hashes().values()
    return value


def test_a_column_added_later_changes_the_hash_only_when_filled():
    table = next(t for t in owned_tables() if t.name == "roadmap_activity")
    columns = [c.name for c in table.c]
    old_columns = [c for c in columns if c != "recommendation"]
    row = {c: f"value of {c}" for c in columns}
    before_upgrade = _hash(old_columns, [row[c] for c in old_columns])
    row["recommendation"] = ""
    assert _hash(columns, [row[c] for c in columns]) == before_upgrade
    row["recommendation"] = "Продолжить работу в 2021-2022 учебном году"
    assert _hash(columns, [row[c] for c in columns]) != before_upgrade
    row["title"] = "другое"
    row["recommendation"] = ""
    assert _hash(columns, [row[c] for c in columns]) != before_upgrade
