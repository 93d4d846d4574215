"""Which academic years have data for a report."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.reports import texts
from app.reports.conclusions import years_with_conclusions
from app.reports.context import AREAS, area_data
from app.scope import SchoolScope


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Every academic year holding data in any built area (and the director's conclusions)."""
    years = set(years_with_conclusions(scope))
    for area in AREAS:
        years |= set(area_data(area).years_with_data(scope))
    return years


def due_year(today: date | None = None) -> AcademicYear:
    """The year the annual report is due for: from June to August the current academic
    year (it is ending), otherwise the previous one (in November 2026: 2025-2026)."""
    today = today or date.today()
    current = AcademicYear.current(today)
    return current if 6 <= today.month <= 8 else current.previous()


def available_years(scope: SchoolScope, today: date | None = None) -> list[AcademicYear]:
    """Years a report can be made for: those with data, the current one and the one the
    annual report is due for, newest first."""
    current = AcademicYear.current(today)
    return sorted(years_with_data(scope) | {current, due_year(today)}, reverse=True)


def require_year_with_data(scope: SchoolScope, year: AcademicYear) -> None:
    """Refuse a ``year`` without data, naming the years that have some."""
    known = sorted(years_with_data(scope))
    if year in known:
        return
    if not known:
        raise ValidationError(texts.NO_YEARS)
    listed = ", ".join(str(y) for y in known)
    raise ValidationError(texts.YEAR_WITHOUT_DATA.format(year=year, years=listed))
