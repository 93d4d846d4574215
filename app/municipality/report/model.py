"""What the municipal report is made of: the year's data of the municipality's own project
and of every imported school, read once (``data.read_report_data``) and shared by the
document, its default texts and its tables."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.academic_year import AcademicYear
from app.municipality.register import RegisterRow
from app.municipality.report import texts
from app.reports.conclusions import Conclusions

NOT_EXECUTED = ("partial", "not_done")


@dataclass(frozen=True, slots=True)
class Organisation:
    id: uuid.UUID
    full_name: str
    short_name: str
    director: str
    methodologist: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class ResultLine:
    """A planned result and its degree of achievement in the year (``level`` None: not
    assessed). ``wording``: the owner's own words for the degree."""

    task_number: int
    text: str
    level: str | None
    wording: str = ""
    comment: str = ""
    position: int = 0

    @property
    def degree(self) -> str:
        if self.wording.strip():
            return self.wording.strip()
        if self.level is None:
            return texts.NOT_ASSESSED
        return texts.LEVELS[self.level]


@dataclass(frozen=True, slots=True)
class PlanAction:
    """One action of the municipal plan (a roadmap activity of the municipality)."""

    section: int
    period: str
    title: str
    forecast: str
    status: str
    overdue: bool
    actual: str
    reason: str
    reason_text: str
    recommendation: str
    responsible: str = ""
    role: str = ""
    starts_on: date | None = None
    ends_on: date | None = None

    @property
    def executed(self) -> bool:
        return self.status == "done"

    @property
    def status_text(self) -> str:
        return texts.OVERDUE if self.overdue else texts.STATUSES[self.status]


@dataclass(frozen=True, slots=True)
class Task:
    id: uuid.UUID
    number: int
    text: str
    resources: tuple[str, ...] = ()


@dataclass(slots=True)
class Programme:
    """The project (programme) an organisation runs in the report's year."""

    id: uuid.UUID
    title: str
    goal: str
    order_number: str
    order_date: date | None
    tasks: list[Task] = field(default_factory=list)
    results: list[ResultLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RoadmapCounts:
    total: int = 0
    done: int = 0
    partial: int = 0
    not_done: int = 0
    cancelled: int = 0
    under_way: int = 0  # planned or in progress
    overdue: int = 0  # of those under way, past their end


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A roadmap activity not carried out in full, with its reason."""

    title: str
    status: str
    reason: str
    reason_text: str


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    code: str
    name: str
    unit: str
    direction: str
    previous: float | None
    actual: float | None
    target: float | None

    @property
    def change(self) -> float | None:
        if self.previous is None or self.actual is None:
            return None
        return round(self.actual - self.previous, 2)

    @property
    def worse(self) -> bool:
        change = self.change
        if not change:
            return False
        return change < 0 if self.direction == "higher" else change > 0


@dataclass(slots=True)
class SchoolData:
    school: Organisation
    programme: Programme | None = None
    roadmap: RoadmapCounts = field(default_factory=RoadmapCounts)
    shortfalls: list[Shortfall] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    conclusions: Conclusions | None = None  # None: the school gave none for the year

    @property
    def has_conclusions(self) -> bool:
        c = self.conclusions
        return c is not None and any(c.points(part) for part, _ in texts.CONCLUSION_PARTS)

    @property
    def has_decisions(self) -> bool:
        return self.conclusions is not None and bool(
            self.conclusions.points("management_decisions")
        )

    @property
    def tasks_without(self) -> list[Task]:
        return [t for t in self.programme.tasks if not t.resources] if self.programme else []


@dataclass(slots=True)
class ReportData:
    year: AcademicYear
    today: date
    municipality: Organisation
    project: Programme | None
    plan: list[PlanAction]
    sections: dict[int, str]  # the plan's section (task) titles by number
    schools: list[SchoolData]
    register: list[RegisterRow] = field(default_factory=list)  # without a deadline
    deadlines: list[tuple[str, date, list[RegisterRow]]] = field(default_factory=list)
    resource_people: list[str] = field(default_factory=list)  # «responsible» of resources

    @property
    def as_of(self) -> date:
        """The last day whose data the report may use (see ReportContext.as_of)."""
        return min(self.today, self.year.last_day)

    @property
    def in_progress(self) -> bool:
        return self.today < self.year.last_day

    @property
    def title(self) -> str:
        return self.project.title if self.project else ""
