"""Which academic years have data for a report."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.reports.conclusions import years_with_conclusions
from app.reports.context import AREAS, area_data
from app.scope import SchoolScope


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Every academic year holding data in any built area (and the director's conclusions)."""
    years = set(years_with_conclusions(scope))
    for area in AREAS:
        years |= set(area_data(area).years_with_data(scope))
    return years


def latest_year(scope: SchoolScope, today: date | None = None) -> AcademicYear:
    """The latest year with data, not after the current one; the current year when none."""
    current = AcademicYear.current(today)
    known = [y for y in years_with_data(scope) if y <= current]
    return max(known, default=current)


def available_years(scope: SchoolScope, today: date | None = None) -> list[AcademicYear]:
    """Years a report can be made for: those with data and the current one, newest first."""
    current = AcademicYear.current(today)
    return sorted(years_with_data(scope) | {current}, reverse=True)
