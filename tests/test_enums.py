"""The database checks what the code checks: CHECK constraints match the code's lists, and
a bad value written with raw SQL is refused by the database itself."""

import sqlite3
import uuid

import pytest
from sqlalchemy import text

from app.indicators import texts as indicator_texts
from app.municipality import texts as municipality_texts
from app.partnership import texts as partnership_texts
from app.programme import texts as programme_texts
from app.programme.rows import Achievement, ResourceKind, Status
from app.self_assessment import texts as sa_texts
from app.state import Mode
from db import enums


@pytest.mark.parametrize(
    ("code_list", "db_list"),
    [
        (list(programme_texts.STATUSES), enums.ACTIVITY_STATUSES),
        ([s.value for s in Status], enums.ACTIVITY_STATUSES),
        (list(programme_texts.ACHIEVEMENTS), enums.ACHIEVEMENT_LEVELS),
        ([a.value for a in Achievement], enums.ACHIEVEMENT_LEVELS),
        (list(programme_texts.RESOURCE_KINDS), enums.RESOURCE_KINDS),
        ([r.value for r in ResourceKind], enums.RESOURCE_KINDS),
        (list(indicator_texts.DIRECTIONS), enums.INDICATOR_DIRECTIONS),
        (list(indicator_texts.SOURCES), enums.INDICATOR_SOURCES),
        (list(partnership_texts.ROLES), enums.PARTNER_ROLES),
        (list(partnership_texts.EVENT_KINDS), enums.EVENT_KINDS),
        (list(partnership_texts.FORMS), enums.EVENT_FORMS),
        (list(partnership_texts.STAGES), enums.EVENT_STAGES),
        (list(partnership_texts.ORGANISERS), enums.EVENT_ORGANISERS),
        (list(partnership_texts.MEASURE_STATUSES), enums.MEASURE_STATUSES),
        (["", *sa_texts.RISK], enums.DEFICIT_RISKS),
        ([m.value for m in Mode], enums.ORGANISATION_KINDS),
        (list(municipality_texts.ANSWER_STATUSES), enums.ANSWER_STATUSES),
        (list(municipality_texts.RESOURCE_KINDS), enums.MUNICIPAL_RESOURCE_KINDS),
    ],
)
def test_code_lists_match_the_database_checks(code_list, db_list):
    assert sorted(code_list) == sorted(db_list)


BAD_WRITES = [
    ("roadmap_activity", "status", "finished"),
    ("roadmap_activity", "resource_kind", "money"),
    ("result_achievement", "level", "mostly"),
    ("joint_event", "kind", "party"),
    ("joint_event", "form", "online"),
    ("joint_event", "stage", "final"),
    ("joint_event", "organiser", "them"),
    ("support_measure", "status", "done!"),
    ("partner_role", "role", "boss"),
    ("sa_run", "status", "paused"),
    ("sa_deficit", "risk", "extreme"),
    ("sa_deficit", "source", "guess"),
    ("sa_strength", "source", "guess"),
    ("indicator", "direction", "sideways"),
    ("indicator", "source", "rumour"),
    ("organisation", "kind", "ministry"),
]


@pytest.mark.parametrize(("table", "column", "value"), BAD_WRITES)
def test_raw_sql_writing_a_bad_value_is_refused(demo, table, column, value):
    with demo.db.engine.connect() as conn:
        row_id = conn.execute(text(f"SELECT id FROM {table} LIMIT 1")).scalar_one()
    raw = sqlite3.connect(demo.folder.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            raw.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    finally:
        raw.close()


def test_owner_is_required_and_must_exist(demo):
    raw = sqlite3.connect(demo.folder.database)
    raw.execute("PRAGMA foreign_keys=ON")
    try:
        row_id = raw.execute("SELECT id FROM roadmap_activity LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            raw.execute("UPDATE roadmap_activity SET school_id = NULL WHERE id = ?", (row_id,))
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            raw.execute(
                "UPDATE roadmap_activity SET school_id = ? WHERE id = ?",
                (uuid.uuid4().hex, row_id),
            )
    finally:
        raw.close()


def test_one_current_programme_per_school_is_enforced_by_the_database(demo):
    raw = sqlite3.connect(demo.folder.database)
    try:
        school_id, first_year = raw.execute(
            "SELECT school_id, first_year FROM programme WHERE is_current"
        ).fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            raw.execute(
                "INSERT INTO programme (id, school_id, title, first_year, last_year, "
                "order_number, goal, problem_analysis, is_current, created_at, updated_at) "
                "VALUES (?, ?, 'Вторая текущая', ?, ?, '', '', '', 1, '2026-01-01', "
                "'2026-01-01')",
                (uuid.uuid4().hex, school_id, first_year, first_year),
            )
    finally:
        raw.close()
