"""Table clauses of the self-assessment for the reads without the ORM models: its runs,
answers, team and reopenings, the deficits and strengths found, and the deficits' links
to measures, events, indicators, programme tasks and roadmap activities.

The lean reads and their owner filters are explained in ``db.lean_tables``;
tests/reports/test_lean_reads.py checks every column here against the models too.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, Uuid, column, table

from db.types import AcademicYearType, UtcDateTime

sa_instrument = table(
    "sa_instrument",
    column("key", String),
    column("version", String),
    column("title", String),
    column("definition", Text),
    column("source", String),
    column("id", Uuid),
)

sa_run = table(
    "sa_run",
    column("instrument_id", Uuid),
    column("year", AcademicYearType),
    column("status", String),
    column("started_on", Date),
    column("finished_at", UtcDateTime),
    column("note", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

sa_answer = table(
    "sa_answer",
    column("run_id", Uuid),
    column("item_key", String),
    column("level", Integer),
    column("evidence", Text),
    column("comment", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

sa_deficit = table(
    "sa_deficit",
    column("run_id", Uuid),
    column("year", AcademicYearType),
    column("instrument_key", String),
    column("area_key", String),
    column("area_title", String),
    column("item_key", String),
    column("text", Text),
    column("risk", String),
    column("score", Float),
    column("source", String),
    column("confirmed", Boolean),
    column("school_id", Uuid),
    column("id", Uuid),
)

sa_strength = table(
    "sa_strength",
    column("run_id", Uuid),
    column("year", AcademicYearType),
    column("instrument_key", String),
    column("area_key", String),
    column("area_title", String),
    column("item_key", String),
    column("text", Text),
    column("score", Float),
    column("offer", Boolean),
    column("source", String),
    column("confirmed", Boolean),
    column("school_id", Uuid),
    column("id", Uuid),
)

sa_deficit_measure = table(
    "sa_deficit_measure",
    column("deficit_id", Uuid),
    column("measure_id", Uuid),
    column("school_id", Uuid),
)

sa_deficit_event = table(
    "sa_deficit_event",
    column("deficit_id", Uuid),
    column("event_id", Uuid),
    column("school_id", Uuid),
)

sa_deficit_indicator = table(
    "sa_deficit_indicator",
    column("deficit_id", Uuid),
    column("indicator_id", Uuid),
    column("school_id", Uuid),
)

deficit_task = table(
    "deficit_task",
    column("deficit_id", Uuid),
    column("task_id", Uuid),
    column("school_id", Uuid),
)

deficit_activity = table(
    "deficit_activity",
    column("deficit_id", Uuid),
    column("activity_id", Uuid),
    column("school_id", Uuid),
)

sa_team_member = table(
    "sa_team_member",
    column("run_id", Uuid),
    column("name", String),
    column("role", String),
    column("position", Integer),
    column("school_id", Uuid),
    column("id", Uuid),
)

sa_reopening = table(
    "sa_reopening",
    column("run_id", Uuid),
    column("reason", Text),
    column("at", UtcDateTime),
    column("school_id", Uuid),
    column("id", Uuid),
)
