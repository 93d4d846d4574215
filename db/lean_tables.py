"""Table clauses for the questions asked without the ORM models: the start to «Главная»
(the own organisation, the roadmap's reminders) and every report.

Declaring every model, configuring the mappers and compiling ORM statements (each with the
owner's loader criteria) cost more than the rest of the start, and more than laying out a
report's PDF. These readers (``app/home.py``, ``app/programme/reminders.py``,
``app/<area>/report_data.py``, ``app/reports/conclusions.py``) ask narrow Core questions
through plain clauses instead — no mapping, no metadata — and say the owner themselves
(:func:`owned`, :func:`shared_or_owned`: ``db.scoping`` filters only ORM queries).
The self-assessment's clauses are in ``db.lean_sa_tables``. tests/reports/test_lean_reads.py
checks every column here against the models.
"""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Float,
    Integer,
    String,
    TableClause,
    Text,
    Uuid,
    column,
    or_,
    table,
)

from db.types import AcademicYearType


def owned(clause: TableClause, owner: uuid.UUID) -> ColumnElement[bool]:
    """Rows of ``owner`` (an ``Owned`` table)."""
    return clause.c.school_id == owner


def shared_or_owned(clause: TableClause, owner: uuid.UUID) -> ColumnElement[bool]:
    """Shipped rows and ``owner``'s own (a ``SharedOrOwned`` catalogue)."""
    return or_(clause.c.school_id == owner, clause.c.school_id.is_(None))


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


programme = table(
    "programme",
    column("title", String),
    column("first_year", AcademicYearType),
    column("last_year", AcademicYearType),
    column("order_number", String),
    column("order_date", Date),
    column("goal", Text),
    column("problem_analysis", Text),
    column("is_current", Boolean),
    column("school_id", Uuid),
    column("id", Uuid),
)

programme_task = table(
    "programme_task",
    column("programme_id", Uuid),
    column("number", Integer),
    column("text", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

planned_result = table(
    "planned_result",
    column("task_id", Uuid),
    column("position", Integer),
    column("text", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

result_achievement = table(
    "result_achievement",
    column("result_id", Uuid),
    column("year", AcademicYearType),
    column("level", String),
    column("wording", Text),
    column("evidence", Text),
    column("comment", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

roadmap_activity = table(
    "roadmap_activity",
    column("task_id", Uuid),
    column("year", AcademicYearType),
    column("title", Text),
    column("starts_on", Date),
    column("ends_on", Date),
    column("period_text", String),
    column("responsible", String),
    column("responsible_role", String),
    column("participants", Text),
    column("forecast_value", Float),
    column("forecast_unit", String),
    column("forecast_text", Text),
    column("status", String),
    column("actual_result", Text),
    column("reason_id", Uuid),
    column("reason_text", Text),
    column("resource_kind", String),
    column("resource_text", Text),
    column("recommendation", Text),
    column("position", Integer),
    column("school_id", Uuid),
    column("id", Uuid),
)

non_execution_reason = table(
    "non_execution_reason",
    column("code", String),
    column("title", String),
    column("position", Integer),
    column("active", Boolean),
    column("school_id", Uuid),
    column("id", Uuid),
)

indicator = table(
    "indicator",
    column("code", String),
    column("name", String),
    column("unit", String),
    column("direction", String),
    column("source", String),
    column("description", Text),
    column("is_builtin", Boolean),
    column("position", Integer),
    column("school_id", Uuid),
    column("id", Uuid),
)

indicator_value = table(
    "indicator_value",
    column("indicator_id", Uuid),
    column("year", AcademicYearType),
    column("target", Float),
    column("actual", Float),
    column("school_id", Uuid),
    column("id", Uuid),
)

indicator_baseline = table(
    "indicator_baseline",
    column("school_id", Uuid),
    column("indicator_id", Uuid),
    column("year", AcademicYearType),
    column("value", Float),
)

partner_school = table(
    "partner_school",
    column("full_name", String),
    column("short_name", String),
    column("municipality", String),
    column("director", String),
    column("contacts", Text),
    column("offers", Text),
    column("needs", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

partner_role = table(
    "partner_role",
    column("partner_id", Uuid),
    column("role", String),
    column("since", Date),
    column("note", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

partnership_agreement = table(
    "partnership_agreement",
    column("partner_id", Uuid),
    column("number", String),
    column("signed_on", Date),
    column("valid_until", Date),
    column("prolongation", Text),
    column("prolonged_until", Date),
    column("subject", Text),
    column("our_obligations", Text),
    column("partner_obligations", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

agreement_direction = table(
    "agreement_direction",
    column("agreement_id", Uuid),
    column("direction_id", Uuid),
    column("school_id", Uuid),
)

cooperation_direction = table(
    "cooperation_direction",
    column("code", String),
    column("title", String),
    column("position", Integer),
    column("active", Boolean),
    column("school_id", Uuid),
    column("id", Uuid),
)

support_measure = table(
    "support_measure",
    column("agreement_id", Uuid),
    column("measure", Text),
    column("deficit", Text),
    column("responsible_ours", String),
    column("responsible_partner", String),
    column("starts_on", Date),
    column("ends_on", Date),
    column("status", String),
    column("result", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)

joint_event = table(
    "joint_event",
    column("partner_id", Uuid),
    column("kind", String),
    column("day", Date),
    column("was_planned", Boolean),
    column("held", Boolean),
    column("form", String),
    column("stage", String),
    column("organiser", String),
    column("topic", Text),
    column("outcomes", Text),
    column("reflection", Text),
    column("measure_id", Uuid),
    column("activity_id", Uuid),
    column("our_teachers", Integer),
    column("our_pupils", Integer),
    column("our_parents", Integer),
    column("our_admin", Integer),
    column("partner_teachers", Integer),
    column("partner_pupils", Integer),
    column("partner_parents", Integer),
    column("partner_admin", Integer),
    column("school_id", Uuid),
    column("id", Uuid),
)

event_direction = table(
    "event_direction",
    column("event_id", Uuid),
    column("direction_id", Uuid),
    column("school_id", Uuid),
)

report_conclusion = table(
    "report_conclusion",
    column("year", AcademicYearType),
    column("directions", Text),
    column("problems", Text),
    column("internal_resources", Text),
    column("external_resources", Text),
    column("next_year_tasks", Text),
    column("management_decisions", Text),
    column("roadmap_findings", Text),
    column("school_id", Uuid),
    column("id", Uuid),
)
