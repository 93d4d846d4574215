"""What every report section receives, and the lazy access to the other areas' data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import import_module
from types import ModuleType

from app.academic_year import AcademicYear
from app.installation import SchoolInfo
from app.scope import SchoolScope

# The areas whose ``app/<area>/report_data.py`` feed the reports.
AREAS = ("programme", "indicators", "partnership", "self_assessment")


@dataclass(frozen=True, slots=True)
class ReportContext:
    scope: SchoolScope
    year: AcademicYear
    school: SchoolInfo
    today: date


def area_data(area: str) -> ModuleType | None:
    """``app.<area>.report_data``, or None while that area is not built."""
    name = f"app.{area}.report_data"
    try:
        return import_module(name)
    except ModuleNotFoundError as err:
        if err.name and name.startswith(err.name):
            return None
        raise
