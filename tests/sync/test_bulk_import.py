"""The import's bulk insert stores exactly what SQLAlchemy Core's insert stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.dialects import sqlite

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, create_municipality
from app.sync import bulk
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from db.types import UtcDateTime
from tests.sync.test_exchange_flow import TODAY


@pytest.mark.parametrize(
    ("moment", "stored"),
    [
        (datetime(2026, 11, 23, 10, 58, 10, 431059, tzinfo=UTC), "2026-11-23 10:58:10.431059"),
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "2026-01-02 03:04:05.000000"),
        # 23:30 in Yaroslavl (UTC+3) is 20:30 UTC
        (
            datetime(2025, 8, 31, 23, 30, tzinfo=timezone(timedelta(hours=3))),
            "2025-08-31 20:30:00.000000",
        ),
    ],
)
def test_a_moment_is_stored_as_sqlalchemy_stores_it(moment, stored):
    dialect = sqlite.dialect()
    processor = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert processor(moment) == stored
    assert bulk.sqlite_utc(moment) == stored
    assert bulk.sqlite_utc(None) is None


def owned_rows(folder: DataFolder, school_id) -> dict[str, list]:
    with sqlite3.connect(folder.database) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        found = {}
        for table in tables:
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')]
            if "school_id" in columns:
                query = f'SELECT * FROM "{table}" WHERE school_id = ? ORDER BY 1, 2'
                found[table] = connection.execute(query, (school_id.hex,)).fetchall()
        return found


def test_bulk_and_core_inserts_store_the_same_rows(demo, stick, tmp_path, monkeypatch):
    """The same package imported through each path: every row of the school identical."""
    sent = write_school_package(demo, stick, today=TODAY)
    stored = {}
    for path in ("bulk", "core"):
        if path == "core":
            monkeypatch.setattr(bulk, "_positional", lambda dialect: False)
        office = create_municipality(DataFolder(tmp_path / path), MunicipalityInfo(name="Отдел"))
        try:
            (verdict,) = receive(office, [sent.path])
            assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
            stored[path] = owned_rows(office.folder, demo.scope.school_id)
        finally:
            office.close()
    assert sum(len(rows) for rows in stored["bulk"].values()) == sent.rows
    assert stored["bulk"] == stored["core"]
