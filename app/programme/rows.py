"""Plain rows the programme use cases return and the UI shows (no ORM objects escape).

These shapes are the contract between ``app/programme`` and ``ui/programme``: add fields
freely, rename none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.academic_year import AcademicYear
from app.programme import texts


class Status(StrEnum):
    PLANNED = "planned"  # запланировано
    IN_PROGRESS = "in_progress"  # выполняется
    DONE = "done"  # выполнено
    PARTIAL = "partial"  # выполнено частично
    NOT_DONE = "not_done"  # не выполнено
    CANCELLED = "cancelled"  # отменено


# Statuses of an activity still to be done: past its end date it is «просрочено».
OPEN_STATUSES = frozenset({Status.PLANNED, Status.IN_PROGRESS})


class Achievement(StrEnum):
    ACHIEVED = "achieved"  # достигнуто
    PARTIAL = "partial"  # частично достигнуто
    NOT_ACHIEVED = "not_achieved"  # не достигнуто


class ResourceKind(StrEnum):
    INTERNAL = "internal"  # внутренние
    MUNICIPAL = "municipal"  # муниципальные
    PARTNER = "partner"  # партнёрские
    EXTERNAL = "external"  # внешние


@dataclass(slots=True)
class EvidenceDoc:
    name: str
    number: str = ""
    day: date | None = None


@dataclass(slots=True)
class ActivityRow:
    """One roadmap line (мероприятие дорожной карты) as the UI and reports see it."""

    id: uuid.UUID | None  # None for a new, unsaved row
    year: AcademicYear
    title: str
    task_id: uuid.UUID | None = None
    task_number: int | None = None
    task_text: str = ""
    start: date | None = None  # the period: dates; month/quarter map to their first/last day
    end: date | None = None
    period_text: str = ""  # as the director wrote it: «сентябрь», «II четверть», «в течение года»
    responsible: str = ""
    responsible_role: str = ""
    participants: str = ""
    forecast_value: float | None = None
    forecast_unit: str = ""
    forecast_text: str = ""
    status: Status = Status.PLANNED
    actual_result: str = ""
    reason_id: uuid.UUID | None = None
    reason_title: str = ""
    reason_text: str = ""
    resource_kind: ResourceKind | None = None
    resource_text: str = ""
    evidence: list[EvidenceDoc] = field(default_factory=list)
    # the municipality's plan only: its «Рекомендации» note on an action (seed 002)
    recommendation: str = ""
    overdue: bool = False  # derived: end date passed and not done/partial/not done/cancelled
    # Links (read-only here, see app.programme.links): deficits this activity answers and
    # joint events that serve it. Saving ignores them; restore_activities re-creates them.
    deficit_ids: tuple[uuid.UUID, ...] = ()
    event_ids: tuple[uuid.UUID, ...] = ()


@dataclass(slots=True)
class ProgrammeRow:
    id: uuid.UUID | None
    title: str
    first_year: AcademicYear
    last_year: AcademicYear
    order_number: str = ""
    order_date: date | None = None
    goal: str = ""
    problem_analysis: str = ""
    is_current: bool = False

    @property
    def period_text(self) -> str:
        return f"{self.first_year.start_year}–{self.last_year.end_year}"

    def covers(self, year: AcademicYear) -> bool:
        return self.first_year.start_year <= year.start_year <= self.last_year.start_year


@dataclass(slots=True)
class AchievementRow:
    """A degree of achievement: its ``level`` (category) and optionally the school's own
    ``wording`` of it («Разработана, частично реализуется», as seed 002 writes)."""

    level: Achievement
    evidence: str = ""
    comment: str = ""
    wording: str = ""

    @property
    def label(self) -> str:
        """The category's standard title («частично достигнуто»)."""
        return texts.ACHIEVEMENTS[self.level]

    @property
    def shown(self) -> str:
        """What is printed: the own wording when set, else the category's title."""
        return self.wording or self.label


def is_overdue(status: Status, end: date | None, today: date) -> bool:
    """«Просрочено»: the period has ended and the activity is still planned or under way."""
    return end is not None and end < today and Status(status) in OPEN_STATUSES


def status_text(row: ActivityRow) -> str:
    return texts.OVERDUE if row.overdue else texts.STATUSES[row.status]
