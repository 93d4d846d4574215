"""Registry of the table views that export to and import from Excel.

``TABLES`` maps the contract's table name (``perekhod export-xlsx --table NAME``) to
"module:object", an object with the :class:`TableIO` shape. The GUI's Excel buttons and
the CLI both go through here, so a workbook exported by one imports through the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import texts
from app.errors import ValidationError

if TYPE_CHECKING:
    from app.academic_year import AcademicYear
    from app.changes import OpResult
    from app.scope import Operation, SchoolScope


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int = 0


class TableIO(Protocol):
    name: str
    importable: bool

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path: ...

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        """All-or-nothing; raises app.excel.ExcelImportError listing every bad cell.

        Like every operation it returns what it changed (nothing for a dry run)."""
        ...


def run_import(
    op: Operation, scope: SchoolScope, path: Path, dry_run: bool
) -> OpResult[ImportSummary]:
    """Run an import operation ``op(session, path, dry_run=…)``; a dry run only reads, so
    it also works on a read-only scope."""
    if dry_run:
        with scope.reading() as session:
            return op.core(session, path, dry_run=True)
    return op(scope, path)


# Areas add their tables here (one line each).
TABLES: dict[str, str] = {
    "deficits": "app.self_assessment.excel:DEFICITS_TABLE",
    "indicators": "app.indicators.excel:INDICATORS_TABLE",
    "events": "app.partnership.excel:EVENTS_TABLE",
    "support-measures": "app.partnership.excel:MEASURES_TABLE",
    "roadmap": "app.programme.excel:ROADMAP_TABLE",
    "planned-results": "app.programme.excel:RESULTS_TABLE",
    "schools": "app.municipality.tables:SCHOOLS_TABLE",
    "consolidated-indicators": "app.municipality.tables:INDICATORS_VIEW",
    "consolidated-achievement": "app.municipality.tables:ACHIEVEMENT_VIEW",
    "consolidated-roadmap": "app.municipality.tables:ROADMAP_VIEW",
    "consolidated-partnership": "app.municipality.tables:PARTNERSHIP_VIEW",
    "consolidated-self-assessment": "app.municipality.tables:SELF_ASSESSMENT_VIEW",
    "resources": "app.municipality.tables:RESOURCES_TABLE",
    "resource-sufficiency": "app.municipality.tables:SUFFICIENCY_TABLE",
    "municipal-results": "app.municipality.tables:REPORT_RESULTS",
    "municipal-plan": "app.municipality.tables:REPORT_PLAN",
    "municipal-school-results": "app.municipality.tables:REPORT_SCHOOL_RESULTS",
    "municipal-roadmaps": "app.municipality.tables:REPORT_ROADMAPS",
    "municipal-indicators": "app.municipality.tables:REPORT_INDICATORS",
    "municipal-conclusions": "app.municipality.tables:REPORT_CONCLUSIONS",
    "municipal-resources": "app.municipality.tables:REPORT_RESOURCES",
    "municipal-completeness": "app.municipality.tables:REPORT_COMPLETENESS",
}


def table_io(name: str) -> TableIO:
    spec = TABLES.get(name)
    if spec is None:
        known = ", ".join(sorted(TABLES)) or "—"
        raise ValidationError(texts.TABLE_UNKNOWN.format(name=name, known=known))
    module_name, attribute = spec.split(":")
    return getattr(import_module(module_name), attribute)
