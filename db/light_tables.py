"""Table clauses for the few questions asked before the ORM models are loaded.

Start to «Главная» needs the own organisation's id and profile and the roadmap's
reminders; declaring all of ``db.models`` costs more than the rest of the start (~0.2 s
on the target PCs), so these questions use plain table clauses — no mapping, no
metadata — and say ``school_id`` themselves (``db.scoping`` filters only ORM queries).
tests/test_start_path.py checks every column here against the models.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, Text, Uuid, column, table

from db.types import AcademicYearType

organisation = table(
    "organisation",
    column("id", Uuid),
    column("kind", String),
    column("is_own", Boolean),
    column("full_name", String),
    column("short_name", String),
    column("municipality", String),
    column("address", Text),
    column("director", String),
    column("methodologist", String),
    column("phone", String),
    column("email", String),
    column("is_rural", Boolean),
    column("is_small", Boolean),
    column("low_results", Boolean),
    column("hard_social_conditions", Boolean),
    column("pupils", Integer),
    column("teachers", Integer),
    column("classes", Integer),
)

roadmap_activity = table(
    "roadmap_activity",
    column("id", Uuid),
    column("school_id", Uuid),
    column("year", AcademicYearType),
    column("title", Text),
    column("starts_on", Date),
    column("ends_on", Date),
    column("period_text", String),
    column("responsible", String),
    column("status", String),
)
