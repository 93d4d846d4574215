"""What every report section receives, and the lazy access to the other areas' data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from importlib import import_module
from types import ModuleType

from sqlalchemy import select

from app import texts as app_texts
from app.academic_year import AcademicYear
from app.errors import NotFoundError
from app.installation import SchoolInfo
from app.scope import SchoolScope
from db.lean_tables import organisation

# The areas whose ``app/<area>/report_data.py`` feed the reports.
AREAS = ("programme", "indicators", "partnership", "self_assessment")


@dataclass(frozen=True, slots=True)
class ReportContext:
    scope: SchoolScope
    year: AcademicYear
    school: SchoolInfo
    today: date

    @property
    def as_of(self) -> date:
        """The last day whose data the report may use: the year's last day for a past year
        (so printing it again years later gives the same document), today otherwise."""
        return min(self.today, self.year.last_day)

    @property
    def overdue_day(self) -> date:
        """The day «просрочено» is judged on: today in a year in progress, the day after the
        year for a past one (so a past year's report does not change as time goes on)."""
        return self.today if self.in_progress else self.year.last_day + timedelta(days=1)

    @property
    def in_progress(self) -> bool:
        """The year is not over yet: figures that count things not yet due must say so."""
        return self.today < self.year.last_day


def school_info(scope: SchoolScope) -> SchoolInfo:
    """The profile of the school ``scope`` works on (``profile.school_info``, read through a
    table clause: a report is made without the ORM models)."""
    o = organisation
    query = select(*(o.c[name] for name in SchoolInfo.__slots__)).where(
        o.c.id == scope.school_id, o.c.kind == "school"
    )
    with scope.db.engine.connect() as conn:
        row = conn.execute(query).one_or_none()
    if row is None:
        raise NotFoundError(app_texts.OWN_ORGANISATION_MISSING)
    return SchoolInfo(*row)


def area_data_module(area: str) -> str:
    return f"app.{area}.report_data"


def area_data(area: str) -> ModuleType:
    """``app.<area>.report_data``, imported on first use (keeps reportlab's readers off the
    start path). Every area is built: a missing module means a broken installation (a
    bundle that left it out), so it raises instead of silently dropping a report section."""
    if area not in AREAS:
        raise KeyError(f"unknown report area {area!r}")
    return import_module(area_data_module(area))
