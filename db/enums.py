"""The enumerated values the database accepts (CHECK constraints are built from these).

app/ keeps the Russian labels for the same codes; tests/test_enums.py checks both agree.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint

ORGANISATION_KINDS = ("school", "municipality")
ACTIVITY_STATUSES = ("planned", "in_progress", "done", "partial", "not_done", "cancelled")
ACHIEVEMENT_LEVELS = ("achieved", "partial", "not_achieved")
RESOURCE_KINDS = ("internal", "municipal", "partner", "external")
INDICATOR_DIRECTIONS = ("higher", "lower")
INDICATOR_SOURCES = ("school", "municipal")
PARTNER_ROLES = ("leader", "peer", "mentee")
ANSWER_STATUSES = ("accepted", "in_progress", "done", "disagree")
MUNICIPAL_RESOURCE_KINDS = (
    "project",
    "programme",
    "seminar",
    "association",
    "monitoring",
    "course",
    "tutor",
    "network",
    "other",
)
EVENT_KINDS = (
    "seminar",
    "webinar",
    "master_class",
    "open_lesson",
    "teacher_council",
    "consultation",
    "internship",
    "conference",
    "competition",
    "sport_culture",
    "partner_lesson",
    "focus_group",
    "other",
)
EVENT_FORMS = ("in_person", "remote", "visiting")
EVENT_STAGES = ("acquaintance", "joint_work", "reflective")
EVENT_ORGANISERS = ("we", "partner", "joint")
MEASURE_STATUSES = ("planned", "in_progress", "done", "partially_done", "not_done", "cancelled")
RUN_STATUSES = ("in_progress", "finished")
DEFICIT_RISKS = ("", "high", "medium", "low")
ENTRY_SOURCES = ("run", "manual")
INSTRUMENT_SOURCES = ("builtin", "file")


def one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> CheckConstraint:
    """CHECK that ``column`` holds one of ``values`` (named ``ck_<table>_<column>``)."""
    listed = ", ".join("'" + value + "'" for value in values)
    condition = f"{column} IN ({listed})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=column)
